<?php
/**
 * Loads the widgets' script (the bundled cdn/ build: a small loader that fetches only the widgets
 * on the page from the folder next to it) as an ES module, and only on pages that show a widget.
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers and enqueues the loader.
 */
final class MH_Widgets_Assets {

	const HANDLE = 'menneskehandel-widgets';

	/**
	 * Whether the loader is enqueued on this request.
	 *
	 * @var bool
	 */
	private static $enqueued = false;

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'enqueue_for_query' ) );
		// Tags outside the post content: widget areas (classic and block widgets).
		add_filter( 'widget_text_content', array( __CLASS__, 'enqueue_if_used' ), 20 );
		add_filter( 'widget_block_content', array( __CLASS__, 'enqueue_if_used' ), 20 );
		add_filter( 'the_content', array( __CLASS__, 'enqueue_if_used' ), 20 );
		if ( ! self::has_module_api() ) {
			add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
		}
	}

	/**
	 * WordPress 6.5 and later load ES modules themselves (wp_enqueue_script_module). Before that a
	 * classic script handle is printed with type="module" (script_loader_tag).
	 *
	 * @return bool
	 */
	private static function has_module_api() {
		return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
	}

	/**
	 * Enqueues the loader once. Safe to call while the page is being rendered: a script enqueued
	 * after the head is printed in the footer, where a module works as well.
	 */
	public static function enqueue() {
		if ( self::$enqueued ) {
			return;
		}
		self::$enqueued = true;
		$src            = plugins_url( 'assets/menneskehandel-widgets.js', MH_WIDGETS_FILE );
		if ( self::has_module_api() ) {
			wp_register_script_module( self::HANDLE, $src, array(), MH_Widgets_Manifest::version() );
			wp_enqueue_script_module( self::HANDLE );
			return;
		}
		wp_register_script( self::HANDLE, $src, array(), MH_Widgets_Manifest::version(), false );
		wp_enqueue_script( self::HANDLE );
	}

	/**
	 * Before the head is printed: enqueue when a post of the main query uses a widget, so the
	 * script is in the head and starts early.
	 */
	public static function enqueue_for_query() {
		global $wp_query;
		if ( MH_Widgets_Quick_Exit::is_enabled() ) {
			self::enqueue();
			return;
		}
		if ( empty( $wp_query->posts ) || ! is_array( $wp_query->posts ) ) {
			return;
		}
		foreach ( $wp_query->posts as $post ) {
			if ( $post instanceof WP_Post && self::uses_widget( $post->post_content ) ) {
				self::enqueue();
				return;
			}
		}
	}

	/**
	 * Filter callback: enqueues when the text holds a widget tag, and returns it unchanged.
	 *
	 * @param string $content Rendered content.
	 * @return string
	 */
	public static function enqueue_if_used( $content ) {
		if ( is_string( $content ) && self::uses_widget( $content ) ) {
			self::enqueue();
		}
		return $content;
	}

	/**
	 * Whether the text holds an mh-* tag or one of the plugin's shortcodes.
	 *
	 * @param string $content Post content, raw or rendered.
	 * @return bool
	 */
	public static function uses_widget( $content ) {
		return false !== stripos( $content, '<mh-' ) || false !== stripos( $content, '[mh_' );
	}

	/**
	 * Prints the loader as a module (WordPress before 6.5).
	 *
	 * @param string $tag    The script tag WordPress made.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
		return preg_replace( '/<script(?=\s)/', '<script type="module"', $tag, 1 );
	}
}
