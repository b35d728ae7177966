<?php
/**
 * Removes the plugin's settings when it is deleted (not when it is only deactivated).
 *
 * @package MenneskehandelWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'mh_widgets_contacts' );
delete_option( 'mh_widgets_quick_exit' );
delete_post_meta_by_key( '_mh_widgets_problems' );
