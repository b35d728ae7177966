<?php
/**
 * The site-wide quick exit: <mh-quick-exit> printed first in <body> (wp_body_open), on every
 * front-end page, where a sticky bar works and the editor can not put it.
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Site-wide quick exit settings and output.
 */
final class MH_Widgets_Quick_Exit {

	const OPTION = 'mh_widgets_quick_exit';

	/**
	 * Whether the bar was printed on this request.
	 *
	 * @var bool
	 */
	private static $printed = false;

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'wp_body_open', array( __CLASS__, 'print_bar' ), 1 );
		// Themes that do not call wp_body_open: the button and Shift×3 still work, at the end of the page.
		add_action( 'wp_footer', array( __CLASS__, 'print_late' ), 1 );
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'enqueue_admin_bar_style' ) );
	}

	/**
	 * For logged-in users with the toolbar: a stylesheet (a file, so a strict style-src still
	 * allows it) that keeps the sticky bar below the toolbar.
	 */
	public static function enqueue_admin_bar_style() {
		if ( self::is_enabled() && is_admin_bar_showing() ) {
			wp_enqueue_style( 'menneskehandel-widgets-admin-bar', plugins_url( 'css/admin-bar.css', MH_WIDGETS_FILE ), array( 'admin-bar' ), MH_Widgets_Manifest::version() );
		}
	}

	/**
	 * The settings with their defaults.
	 *
	 * @return array
	 */
	public static function settings() {
		$defaults = array(
			'enabled'     => false,
			'href'        => '',
			'sticky'      => true,
			'show_help'   => true,
			'no_shortcut' => false,
		);
		$stored   = get_option( self::OPTION, array() );
		return array_merge( $defaults, is_array( $stored ) ? array_intersect_key( $stored, $defaults ) : array() );
	}

	/**
	 * Whether the site-wide quick exit is on.
	 *
	 * @return bool
	 */
	public static function is_enabled() {
		return (bool) self::settings()['enabled'];
	}

	/**
	 * An address the quick exit accepts: https: or a path on this site ("/…", not "//…"). The
	 * widget checks it again; this keeps a bad value out of the settings.
	 *
	 * @param string $href Address.
	 * @return bool
	 */
	public static function is_valid_href( $href ) {
		if ( preg_match( '/[\x00-\x20\x7f]/', $href ) ) {
			return false;
		}
		if ( 0 === strpos( $href, '/' ) ) {
			return 0 !== strpos( $href, '//' ) && 0 !== strpos( $href, '/\\' );
		}
		// Parsed, not resolved (wp_http_validate_url() would look the host up in DNS).
		$parts = wp_parse_url( $href );
		return is_array( $parts )
			&& isset( $parts['scheme'], $parts['host'] )
			&& 'https' === strtolower( $parts['scheme'] )
			&& '' !== $parts['host']
			&& ! isset( $parts['user'] )
			&& ! isset( $parts['pass'] )
			&& false === strpos( $href, '\\' );
	}

	/**
	 * The no-JavaScript fallback inside the element: a plain link to the same place.
	 *
	 * @param string $href The element's href ('' or invalid: the widget's default).
	 * @return string Safe HTML.
	 */
	public static function fallback_link( $href ) {
		$target = ( '' !== $href && self::is_valid_href( $href ) ) ? $href : MH_Widgets_Manifest::default_exit_href();
		return sprintf( '<a href="%s">%s</a>', esc_url( $target ), esc_html( MH_Widgets_Manifest::quick_exit_label( MH_Widgets_Manifest::site_lang() ) ) );
	}

	/**
	 * Prints the bar at the top of <body>.
	 */
	public static function print_bar() {
		if ( self::$printed || ! self::is_enabled() || is_admin() ) {
			return;
		}
		self::$printed = true;
		echo self::markup( true ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in markup().
	}

	/**
	 * Prints it in the footer when the theme has no wp_body_open (not sticky there).
	 */
	public static function print_late() {
		if ( self::$printed || ! self::is_enabled() || is_admin() ) {
			return;
		}
		self::$printed = true;
		echo self::markup( false ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in markup().
	}

	/**
	 * The element.
	 *
	 * @param bool $at_top Whether it is the first child of <body> (only then can it stick).
	 * @return string Safe HTML.
	 */
	public static function markup( $at_top ) {
		$settings   = self::settings();
		$attributes = array();
		if ( '' !== $settings['href'] ) {
			$attributes['href'] = $settings['href'];
		}
		if ( $at_top && $settings['sticky'] ) {
			$attributes['position'] = 'sticky-top';
		}
		if ( $settings['show_help'] ) {
			$attributes['show-help'] = true;
		}
		if ( $settings['no_shortcut'] ) {
			$attributes['no-shortcut'] = true;
		}
		return MH_Widgets_Shortcodes::element( 'mh-quick-exit', $attributes, self::fallback_link( $settings['href'] ) ) . "\n";
	}
}
