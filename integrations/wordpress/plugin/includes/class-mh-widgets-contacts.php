<?php
/**
 * The site's local contacts (a kommune's barnevernvakt, legevakt …), kept in one option, checked
 * against the JSON Schema generated from the widgets' own zod schema, and given to every
 * <mh-contact-list> on the site as the JSON block the widget reads. Also served at
 * /wp-json/menneskehandel-widgets/v1/contacts (same origin) for the widgets' contacts-src.
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Local contacts: storage, validation and output.
 */
final class MH_Widgets_Contacts {

	const OPTION = 'mh_widgets_contacts';

	/**
	 * Hooks.
	 */
	public static function init() {
		// After wpautop (10) and shortcodes (11): the JSON must not be touched by either.
		add_filter( 'the_content', array( __CLASS__, 'add_to_lists' ), 21 );
		add_filter( 'widget_block_content', array( __CLASS__, 'add_to_lists' ), 21 );
		add_filter( 'widget_text_content', array( __CLASS__, 'add_to_lists' ), 21 );
		add_action( 'rest_api_init', array( __CLASS__, 'register_route' ) );
	}

	/**
	 * The stored contacts (already validated), as decoded JSON objects.
	 *
	 * @return array
	 */
	public static function stored() {
		$json = get_option( self::OPTION, '' );
		if ( ! is_string( $json ) || '' === $json ) {
			return array();
		}
		$list = json_decode( $json );
		return is_array( $list ) ? $list : array();
	}

	/**
	 * Checks the text an administrator typed.
	 *
	 * @param string $text JSON: an array of contacts, or { "contacts": [...] }.
	 * @return array array( 'contacts' => array|null, 'errors' => string[] ); contacts is null when
	 *               anything is wrong (nothing is stored then).
	 */
	public static function validate( $text ) {
		$text = trim( (string) $text );
		if ( '' === $text ) {
			return array(
				'contacts' => array(),
				'errors'   => array(),
			);
		}
		$data = json_decode( $text );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return array(
				'contacts' => null,
				/* translators: %s: the JSON parser's message, in English. */
				'errors'   => array( sprintf( __( 'This is not valid JSON (%s). Check commas, quotes and brackets.', 'menneskehandel-widgets' ), json_last_error_msg() ) ),
			);
		}
		if ( $data instanceof stdClass && isset( $data->contacts ) && is_array( $data->contacts ) && 1 === count( get_object_vars( $data ) ) ) {
			$data = $data->contacts;
		}
		if ( ! is_array( $data ) ) {
			return array(
				'contacts' => null,
				'errors'   => array( __( 'Expected a list of contacts: [ { "id": …, "name": … } ], or { "contacts": [ … ] }.', 'menneskehandel-widgets' ) ),
			);
		}
		$schema = MH_Widgets_Manifest::host_contacts_schema();
		$taken  = array_fill_keys( MH_Widgets_Manifest::reserved_contact_ids(), 'guide' );
		$errors = array();
		foreach ( $data as $index => $entry ) {
			$id    = ( $entry instanceof stdClass && isset( $entry->id ) && is_string( $entry->id ) ) ? $entry->id : '';
			$label = '' === $id ? sprintf( '#%d', $index + 1 ) : sprintf( '#%d («%s»)', $index + 1, $id );
			$error = MH_Widgets_Json_Schema::first_error( $entry, $schema['items'] );
			if ( null !== $error ) {
				$errors[] = sprintf(
					/* translators: 1: the contact's number and id, 2: the field, 3: what is wrong (English). */
					__( 'Contact %1$s, field «%2$s»: %3$s.', 'menneskehandel-widgets' ),
					$label,
					'' === $error['path'] ? '(entry)' : $error['path'],
					$error['message']
				);
				continue;
			}
			if ( isset( $taken[ $id ] ) ) {
				$errors[] = 'guide' === $taken[ $id ]
					/* translators: %1$s: the contact's number and id, %2$s: the id. */
					? sprintf( __( 'Contact %1$s: the id «%2$s» belongs to one of the guide\'s contacts. Choose another id.', 'menneskehandel-widgets' ), $label, $id )
					/* translators: %1$s: the contact's number and id, %2$s: the id. */
					: sprintf( __( 'Contact %1$s: the id «%2$s» is used twice.', 'menneskehandel-widgets' ), $label, $id );
				continue;
			}
			$taken[ $id ] = 'local';
		}
		return array(
			'contacts' => $errors ? null : $data,
			'errors'   => $errors,
		);
	}

	/**
	 * The contacts as JSON for the settings field (pretty) or the page (compact, with <, > and &
	 * escaped so no text can close the script element).
	 *
	 * @param array $contacts Decoded contacts.
	 * @param bool  $pretty   For people.
	 * @return string
	 */
	public static function encode( $contacts, $pretty = false ) {
		$flags = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_HEX_TAG | JSON_HEX_AMP;
		return (string) wp_json_encode( $contacts, $pretty ? $flags | JSON_PRETTY_PRINT : $flags );
	}

	/**
	 * The JSON block <mh-contact-list> reads, or '' when the site has no local contacts.
	 *
	 * @return string Safe HTML.
	 */
	public static function json_block() {
		$contacts = self::stored();
		if ( ! $contacts ) {
			return '';
		}
		return '<script type="application/json" data-mh-source="menneskehandel-widgets-settings">' . self::encode( $contacts ) . '</script>';
	}

	/**
	 * Gives every contact list in the rendered content the site's local contacts, unless the list
	 * already has a JSON block of its own; and every <mh-guide>, which hands them to its list.
	 *
	 * @param string $content Rendered content.
	 * @return string
	 */
	public static function add_to_lists( $content ) {
		if ( ! is_string( $content ) || ( false === stripos( $content, '<mh-contact-list' ) && false === stripos( $content, '<mh-guide' ) ) ) {
			return $content;
		}
		$block = self::json_block();
		if ( '' === $block ) {
			return $content;
		}
		$result = preg_replace_callback(
			'#(<(mh-contact-list|mh-guide)\b[^>]*>)(.*?)(</\2>)#is',
			static function ( $parts ) use ( $block ) {
				return preg_match( '#<script\b[^>]*application/json#i', $parts[3] ) ? $parts[0] : $parts[1] . $block . $parts[3] . $parts[4];
			},
			$content
		);
		return null === $result ? $content : $result;
	}

	/**
	 * GET /wp-json/menneskehandel-widgets/v1/contacts: the local contacts as a JSON file on the
	 * site's own origin. They are public: every contact list on the site shows them.
	 */
	public static function register_route() {
		register_rest_route(
			'menneskehandel-widgets/v1',
			'/contacts',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'callback'            => static function () {
					return new WP_REST_Response( self::stored() );
				},
			)
		);
	}
}
