<?php
/**
 * Plugin Name:       Menneskehandel-widgets
 * Plugin URI:        https://politiet.no/menneskehandel
 * Description:       Widgets from KOM's guide «Identifisering av mulige ofre for menneskehandel» (2024): contacts, indicators, duties, rights and a quick exit, as shortcodes and mh-* tags that Authors may use.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       menneskehandel-widgets
 * Domain Path:       /languages
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'MH_WIDGETS_FILE', __FILE__ );
define( 'MH_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once MH_WIDGETS_DIR . 'includes/class-mh-widgets-manifest.php';
require_once MH_WIDGETS_DIR . 'includes/class-mh-widgets-json-schema.php';
require_once MH_WIDGETS_DIR . 'includes/class-mh-widgets-assets.php';
require_once MH_WIDGETS_DIR . 'includes/class-mh-widgets-kses.php';
require_once MH_WIDGETS_DIR . 'includes/class-mh-widgets-shortcodes.php';
require_once MH_WIDGETS_DIR . 'includes/class-mh-widgets-contacts.php';
require_once MH_WIDGETS_DIR . 'includes/class-mh-widgets-quick-exit.php';
require_once MH_WIDGETS_DIR . 'includes/class-mh-widgets-settings.php';

add_action(
	'plugins_loaded',
	static function () {
		load_plugin_textdomain( 'menneskehandel-widgets', false, dirname( plugin_basename( MH_WIDGETS_FILE ) ) . '/languages' );
		if ( ! MH_Widgets_Manifest::is_built() ) {
			// A checkout of the sources, not the built zip: nothing to serve.
			add_action( 'admin_notices', array( 'MH_Widgets_Manifest', 'render_not_built_notice' ) );
			return;
		}
		MH_Widgets_Assets::init();
		MH_Widgets_Kses::init();
		MH_Widgets_Shortcodes::init();
		MH_Widgets_Contacts::init();
		MH_Widgets_Quick_Exit::init();
		MH_Widgets_Settings::init();
	}
);
