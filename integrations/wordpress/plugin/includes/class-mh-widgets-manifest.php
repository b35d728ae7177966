<?php
/**
 * What the build knows about the widgets: their tags and attributes (from custom-elements.json),
 * the guide's contact ids, the quick exit's button label, and the JSON Schema of local contacts
 * (from the widgets' own zod schema). Written into generated/ by `npm run build:wordpress`.
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Read-only access to generated/manifest.php and generated/host-contacts.schema.json.
 */
final class MH_Widgets_Manifest {

	/**
	 * The loaded manifest, or null before the first call.
	 *
	 * @var array|null
	 */
	private static $data = null;

	/**
	 * Whether the generated files are present (they are in the built zip, not in the sources).
	 *
	 * @return bool
	 */
	public static function is_built() {
		return is_readable( MH_WIDGETS_DIR . 'generated/manifest.php' )
			&& is_readable( MH_WIDGETS_DIR . 'generated/host-contacts.schema.json' )
			&& is_readable( MH_WIDGETS_DIR . 'assets/menneskehandel-widgets.js' );
	}

	/**
	 * The whole manifest.
	 *
	 * @return array
	 */
	public static function data() {
		if ( null === self::$data ) {
			self::$data = require MH_WIDGETS_DIR . 'generated/manifest.php';
		}
		return self::$data;
	}

	/**
	 * The version of the bundled widgets (used as the script's ?ver=).
	 *
	 * @return string
	 */
	public static function version() {
		return (string) self::data()['version'];
	}

	/**
	 * Tag name => (attribute name => 'boolean' | 'uri' | 'string').
	 *
	 * @return array
	 */
	public static function tags() {
		return self::data()['tags'];
	}

	/**
	 * The documented attributes of one tag, or null for a tag that is not a widget.
	 *
	 * @param string $tag Tag name, e.g. mh-contact-card.
	 * @return array|null
	 */
	public static function attributes( $tag ) {
		$tags = self::tags();
		return isset( $tags[ $tag ] ) ? $tags[ $tag ] : null;
	}

	/**
	 * Ids of the guide's own contacts; a local contact may not reuse one.
	 *
	 * @return string[]
	 */
	public static function reserved_contact_ids() {
		return self::data()['reserved_contact_ids'];
	}

	/**
	 * The quick exit's button label in the widget's language (nb, nn or en), for the fallback link.
	 *
	 * @param string $lang nb, nn or en.
	 * @return string
	 */
	public static function quick_exit_label( $lang ) {
		$labels = self::data()['quick_exit_label'];
		return isset( $labels[ $lang ] ) ? $labels[ $lang ] : $labels['nb'];
	}

	/**
	 * The address the quick exit goes to when none is set (the widget's own default).
	 *
	 * @return string
	 */
	public static function default_exit_href() {
		return self::data()['default_exit_href'];
	}

	/**
	 * The JSON Schema (draft 2020-12) of a list of local contacts, decoded as arrays.
	 *
	 * @return array
	 */
	public static function host_contacts_schema() {
		static $schema = null;
		if ( null === $schema ) {
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
			$schema = json_decode( (string) file_get_contents( MH_WIDGETS_DIR . 'generated/host-contacts.schema.json' ), true );
		}
		return $schema;
	}

	/**
	 * The widgets' language for the site's locale: nn for nynorsk, en for English, else nb.
	 *
	 * @return string
	 */
	public static function site_lang() {
		$locale = get_locale();
		if ( 0 === strpos( $locale, 'nn' ) ) {
			return 'nn';
		}
		if ( 0 === strpos( $locale, 'en' ) ) {
			return 'en';
		}
		return 'nb';
	}

	/**
	 * Shown to administrators when the plugin was copied from the sources instead of the zip.
	 */
	public static function render_not_built_notice() {
		if ( ! current_user_can( 'activate_plugins' ) ) {
			return;
		}
		printf(
			'<div class="notice notice-error"><p>%s</p></div>',
			esc_html__( 'Menneskehandel-widgets: this copy of the plugin has no built files. Install the zip made by `npm run build:wordpress`, not the folder from the repository.', 'menneskehandel-widgets' )
		);
	}
}
