<?php
/**
 * Settings → Menneskehandel-widgets: the site-wide quick exit and the site's local contacts.
 * Saved through options.php (Settings API: capability manage_options and its nonce).
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page.
 */
final class MH_Widgets_Settings {

	const PAGE  = 'menneskehandel-widgets';
	const GROUP = 'mh_widgets';

	/**
	 * Whether the contacts were already checked on this request (WordPress may run a sanitize
	 * callback twice when the option is created).
	 *
	 * @var array|null
	 */
	private static $contacts_result = null;

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'add_page' ) );
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( MH_WIDGETS_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * A «Settings» link on the Plugins screen.
	 *
	 * @param string[] $links Links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=' . self::PAGE ) ), esc_html__( 'Settings', 'menneskehandel-widgets' ) ) );
		return $links;
	}

	/**
	 * The menu entry.
	 */
	public static function add_page() {
		add_options_page(
			__( 'Menneskehandel-widgets', 'menneskehandel-widgets' ),
			__( 'Menneskehandel-widgets', 'menneskehandel-widgets' ),
			'manage_options',
			self::PAGE,
			array( __CLASS__, 'render' )
		);
	}

	/**
	 * Registers both options with their checks.
	 */
	public static function register() {
		register_setting(
			self::GROUP,
			MH_Widgets_Quick_Exit::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( __CLASS__, 'sanitize_quick_exit' ),
				'default'           => array(),
			)
		);
		register_setting(
			self::GROUP,
			MH_Widgets_Contacts::OPTION,
			array(
				'type'              => 'string',
				'sanitize_callback' => array( __CLASS__, 'sanitize_contacts' ),
				'default'           => '',
			)
		);
	}

	/**
	 * Keeps only known quick exit settings; an invalid address keeps the previous one.
	 *
	 * @param mixed $input Submitted value.
	 * @return array
	 */
	public static function sanitize_quick_exit( $input ) {
		$previous = MH_Widgets_Quick_Exit::settings();
		$input    = is_array( $input ) ? $input : array();
		// Not sanitize_text_field(): it would drop percent-encoded characters (/?s=v%C3%A6r). The check
		// below refuses control characters and anything but https: and same-site paths.
		$href = isset( $input['href'] ) ? trim( (string) $input['href'] ) : '';
		if ( '' !== $href && ! MH_Widgets_Quick_Exit::is_valid_href( $href ) ) {
			add_settings_error(
				MH_Widgets_Quick_Exit::OPTION,
				'mh-quick-exit-href',
				/* translators: %s: the address that was typed. */
				sprintf( __( 'The quick exit address «%s» was not saved: use an address that starts with https://, or a path on this site that starts with /.', 'menneskehandel-widgets' ), $href )
			);
			$href = $previous['href'];
		}
		return array(
			'enabled'     => ! empty( $input['enabled'] ),
			'href'        => $href,
			'sticky'      => ! empty( $input['sticky'] ),
			'show_help'   => ! empty( $input['show_help'] ),
			'no_shortcut' => ! empty( $input['no_shortcut'] ),
		);
	}

	/**
	 * Stores the contacts only when every entry passes the widgets' schema; otherwise keeps the
	 * stored ones, lists what is wrong, and shows the typed text again for correction.
	 *
	 * @param mixed $input Submitted JSON text.
	 * @return string
	 */
	public static function sanitize_contacts( $input ) {
		$text = is_string( $input ) ? $input : '';
		if ( null === self::$contacts_result ) {
			self::$contacts_result = MH_Widgets_Contacts::validate( $text );
			$result                = self::$contacts_result;
			if ( null === $result['contacts'] ) {
				foreach ( $result['errors'] as $index => $error ) {
					add_settings_error( MH_Widgets_Contacts::OPTION, 'mh-contacts-' . $index, $error );
				}
				add_settings_error( MH_Widgets_Contacts::OPTION, 'mh-contacts-not-saved', __( 'The local contacts were not saved; the ones saved before are still shown. Correct the text below and save again.', 'menneskehandel-widgets' ) );
				set_transient( self::draft_key(), $text, HOUR_IN_SECONDS );
			} else {
				delete_transient( self::draft_key() );
			}
		}
		$result = self::$contacts_result;
		if ( null === $result['contacts'] ) {
			return (string) get_option( MH_Widgets_Contacts::OPTION, '' );
		}
		return $result['contacts'] ? MH_Widgets_Contacts::encode( $result['contacts'] ) : '';
	}

	/**
	 * Where a rejected text waits for its author.
	 *
	 * @return string
	 */
	private static function draft_key() {
		return 'mh_widgets_contacts_draft_' . get_current_user_id();
	}

	/**
	 * The page.
	 */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$quick_exit = MH_Widgets_Quick_Exit::settings();
		$draft      = get_transient( self::draft_key() );
		if ( false !== $draft ) {
			delete_transient( self::draft_key() );
		}
		$stored   = MH_Widgets_Contacts::stored();
		$contacts = false !== $draft ? (string) $draft : ( $stored ? MH_Widgets_Contacts::encode( $stored, true ) : '' );
		$name_qe  = MH_Widgets_Quick_Exit::OPTION;
		$example  = "[\n  {\n    \"id\": \"barnevernvakt-vaar-kommune\",\n    \"name\": \"Barnevernvakten i Vår kommune\",\n    \"description\": \"Åpen når barneverntjenesten er stengt.\",\n    \"audience\": [\"minors\"],\n    \"needs\": [\"acute\"]\n  }\n]";
		?>
		<div class="wrap">
			<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
			<p><?php esc_html_e( 'Widgets from the guide «Identifisering av mulige ofre for menneskehandel» (KOM, 2024). Add them to a page with a shortcode, such as [mh_contact_card contact="rosa"] or [mh_contact_list searchable], or with the tags themselves (<mh-contact-card contact="rosa"></mh-contact-card>); Authors and Contributors may use both.', 'menneskehandel-widgets' ); ?></p>
			<form method="post" action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>">
				<?php settings_fields( self::GROUP ); ?>

				<h2><?php esc_html_e( 'Quick exit on every page', 'menneskehandel-widgets' ); ?></h2>
				<p><?php esc_html_e( 'A «Forlat siden raskt» button at the top of every page of the site. Pressing Shift three times does the same. It replaces the page in the browser\'s history, so Back does not return to it; it does not delete the history.', 'menneskehandel-widgets' ); ?></p>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><?php esc_html_e( 'Quick exit', 'menneskehandel-widgets' ); ?></th>
						<td>
							<label><input type="checkbox" name="<?php echo esc_attr( $name_qe ); ?>[enabled]" value="1" <?php checked( $quick_exit['enabled'] ); ?> /> <?php esc_html_e( 'Show the quick exit on every page', 'menneskehandel-widgets' ); ?></label>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="mh-quick-exit-href"><?php esc_html_e( 'Leave for', 'menneskehandel-widgets' ); ?></label></th>
						<td>
							<input type="text" class="regular-text code" id="mh-quick-exit-href" name="<?php echo esc_attr( $name_qe ); ?>[href]" value="<?php echo esc_attr( $quick_exit['href'] ); ?>" placeholder="<?php echo esc_attr( MH_Widgets_Manifest::default_exit_href() ); ?>" aria-describedby="mh-quick-exit-href-help" />
							<p class="description" id="mh-quick-exit-href-help">
								<?php
								/* translators: %s: the default address. */
								echo esc_html( sprintf( __( 'An address that starts with https://, or a path on this site. Empty: %s.', 'menneskehandel-widgets' ), MH_Widgets_Manifest::default_exit_href() ) );
								?>
							</p>
						</td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Options', 'menneskehandel-widgets' ); ?></th>
						<td>
							<fieldset>
								<legend class="screen-reader-text"><?php esc_html_e( 'Options', 'menneskehandel-widgets' ); ?></legend>
								<label><input type="checkbox" name="<?php echo esc_attr( $name_qe ); ?>[sticky]" value="1" <?php checked( $quick_exit['sticky'] ); ?> /> <?php esc_html_e( 'Keep the button at the top of the screen while scrolling', 'menneskehandel-widgets' ); ?></label><br />
								<label><input type="checkbox" name="<?php echo esc_attr( $name_qe ); ?>[show_help]" value="1" <?php checked( $quick_exit['show_help'] ); ?> /> <?php esc_html_e( 'Explain what the button does and does not do', 'menneskehandel-widgets' ); ?></label><br />
								<label><input type="checkbox" name="<?php echo esc_attr( $name_qe ); ?>[no_shortcut]" value="1" <?php checked( $quick_exit['no_shortcut'] ); ?> /> <?php esc_html_e( 'Turn off the Shift shortcut (for sites whose visitors often press Shift to silence a screen reader)', 'menneskehandel-widgets' ); ?></label>
							</fieldset>
						</td>
					</tr>
				</table>

				<h2><?php esc_html_e( 'Local contacts', 'menneskehandel-widgets' ); ?></h2>
				<p><?php esc_html_e( 'Your own contacts (the local barnevernvakt, legevakt, the police district\'s contact …). Every contact list on the site shows them first, under «Lokale kontakter». They are checked with the same rules as in the widgets; if one entry is wrong, nothing is saved and the problems are listed.', 'menneskehandel-widgets' ); ?></p>
				<p><?php esc_html_e( 'Fields: id (required; lower-case letters, digits and hyphens), name (required), short, description, phones (number as digits only, optional label and hours), emails, web (address without https://, optional href starting with https://), category, audience (adults, minors, professionals), needs (acute, housing, legal, health, work, return, advice). Never copy a number from an example: use your own, checked numbers.', 'menneskehandel-widgets' ); ?></p>
				<p><label for="mh-contacts"><strong><?php esc_html_e( 'Local contacts (JSON)', 'menneskehandel-widgets' ); ?></strong></label></p>
				<textarea id="mh-contacts" name="<?php echo esc_attr( MH_Widgets_Contacts::OPTION ); ?>" rows="16" class="large-text code" spellcheck="false" aria-describedby="mh-contacts-example"><?php echo esc_textarea( $contacts ); ?></textarea>
				<details id="mh-contacts-example">
					<summary><?php esc_html_e( 'Example', 'menneskehandel-widgets' ); ?></summary>
					<pre><?php echo esc_html( $example ); ?></pre>
				</details>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}
