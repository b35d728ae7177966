<?php
/**
 * Lets the mh-* tags, with their documented attributes, through WordPress' HTML filter (KSES), so
 * that an Author's or Contributor's widgets survive saving; and tells the editor what was removed
 * instead of saying «Post published.» over a page that lost its widgets.
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * KSES allow-list and save-time problem reports.
 */
final class MH_Widgets_Kses {

	const META_KEY = '_mh_widgets_problems';

	/**
	 * Attributes any widget tag may carry besides its documented ones.
	 */
	const GLOBAL_ATTRIBUTES = array( 'class', 'id', 'title', 'dir', 'hidden', 'data-*' );

	/**
	 * Problems found in the content being saved, keyed to drop repeats (revisions are saved too).
	 *
	 * @var array
	 */
	private static $pending = array();

	/**
	 * Hooks.
	 */
	public static function init() {
		add_filter( 'wp_kses_allowed_html', array( __CLASS__, 'allowed_html' ), 10, 2 );
		add_filter( 'wp_kses_uri_attributes', array( __CLASS__, 'uri_attributes' ) );
		// Before KSES (priority 10) sees the content.
		add_filter( 'content_save_pre', array( __CLASS__, 'check_before_kses' ), 9 );
		add_action( 'save_post', array( __CLASS__, 'store_problems' ), 10, 2 );
		add_action( 'admin_notices', array( __CLASS__, 'render_admin_notice' ) );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'block_editor_notice' ) );
	}

	/**
	 * Adds every widget tag with its documented attributes to the 'post' context.
	 *
	 * @param array  $tags    Allowed tags => attributes.
	 * @param string $context KSES context.
	 * @return array
	 */
	public static function allowed_html( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		foreach ( MH_Widgets_Manifest::tags() as $tag => $attributes ) {
			$allowed = array();
			foreach ( array_merge( array_keys( $attributes ), self::GLOBAL_ATTRIBUTES ) as $name ) {
				$allowed[ $name ] = true;
			}
			$tags[ $tag ] = $allowed;
		}
		return $tags;
	}

	/**
	 * Widget attributes that hold an address get KSES' protocol check, as href does.
	 *
	 * @param string[] $attributes Attribute names KSES treats as URIs.
	 * @return string[]
	 */
	public static function uri_attributes( $attributes ) {
		foreach ( MH_Widgets_Manifest::tags() as $tag_attributes ) {
			foreach ( $tag_attributes as $name => $type ) {
				if ( 'uri' === $type && ! in_array( $name, $attributes, true ) ) {
					$attributes[] = $name;
				}
			}
		}
		return $attributes;
	}

	/**
	 * Notes what KSES is about to remove from widget tags, and removes a local-contacts JSON block
	 * whole for users who may not add scripts (KSES would leave its JSON on the page as text).
	 *
	 * @param string $content Slashed post content.
	 * @return string
	 */
	public static function check_before_kses( $content ) {
		if ( ! is_string( $content ) || ! MH_Widgets_Assets::uses_widget( $content ) ) {
			return $content;
		}
		$raw      = wp_unslash( $content );
		// Exactly when KSES will run on this save (users without unfiltered_html, and whatever else
		// left WordPress' filters on), not a guess from the role.
		$filtered = false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' );
		foreach ( MH_Widgets_Shortcodes::problems_in( $raw ) as $problem ) {
			self::add_problem( $problem );
		}
		if ( ! $filtered ) {
			return $content;
		}
		if ( preg_match_all( '/<(mh-[a-z0-9-]+)(\s[^>]*)?>/i', $raw, $matches, PREG_SET_ORDER ) ) {
			foreach ( $matches as $match ) {
				$tag        = strtolower( $match[1] );
				$attributes = MH_Widgets_Manifest::attributes( $tag );
				if ( null === $attributes ) {
					self::add_problem( array( 'type' => 'tag', 'tag' => $tag ) );
					continue;
				}
				$parsed = wp_kses_hair( isset( $match[2] ) ? $match[2] : '', wp_allowed_protocols() );
				foreach ( array_keys( $parsed ) as $name ) {
					$name = strtolower( $name );
					if ( ! isset( $attributes[ $name ] ) && ! self::is_global_attribute( $name ) ) {
						self::add_problem(
							array(
								'type' => 'attribute',
								'tag'  => $tag,
								'name' => $name,
							)
						);
					}
				}
			}
		}
		if ( ! preg_match( '#<mh-contact-list\b[^>]*>.*?<script\b.*?</mh-contact-list>#is', $raw ) ) {
			return $content;
		}
		$raw = preg_replace_callback(
			'#(<mh-contact-list\b[^>]*>)(.*?)(</mh-contact-list>)#is',
			static function ( $parts ) {
				if ( ! preg_match( '#<script\b#i', $parts[2] ) ) {
					return $parts[0];
				}
				MH_Widgets_Kses::add_problem( array( 'type' => 'script' ) );
				// The whole block goes: KSES would drop the tags and leave the JSON as page text.
				return $parts[1] . preg_replace( '#<script\b[^>]*>.*?</script>#is', '', $parts[2] ) . $parts[3];
			},
			$raw
		);
		return wp_slash( $raw );
	}

	/**
	 * Whether a name is allowed on every widget tag.
	 *
	 * @param string $name Lower-case attribute name.
	 * @return bool
	 */
	private static function is_global_attribute( $name ) {
		return in_array( $name, self::GLOBAL_ATTRIBUTES, true ) || 0 === strpos( $name, 'data-' );
	}

	/**
	 * Records one problem for the post being saved.
	 *
	 * @param array $problem Structured problem (see message()).
	 */
	public static function add_problem( $problem ) {
		self::$pending[ md5( wp_json_encode( $problem ) ) ] = $problem;
	}

	/**
	 * Keeps the problems of the last save with the post (replacing older ones).
	 *
	 * @param int     $post_id Post id.
	 * @param WP_Post $post    The post.
	 */
	public static function store_problems( $post_id, $post ) {
		if ( wp_is_post_revision( $post_id ) || wp_is_post_autosave( $post_id ) || ! $post instanceof WP_Post ) {
			return;
		}
		if ( self::$pending ) {
			update_post_meta( $post_id, self::META_KEY, array_values( self::$pending ) );
		} else {
			delete_post_meta( $post_id, self::META_KEY );
		}
		self::$pending = array();
	}

	/**
	 * The problems stored with a post, as translated sentences.
	 *
	 * @param int $post_id Post id.
	 * @return string[]
	 */
	public static function messages_for( $post_id ) {
		$problems = get_post_meta( $post_id, self::META_KEY, true );
		return is_array( $problems ) ? array_map( array( __CLASS__, 'message' ), $problems ) : array();
	}

	/**
	 * One problem as a sentence in the user's language.
	 *
	 * @param array $problem Structured problem.
	 * @return string
	 */
	public static function message( $problem ) {
		$type = isset( $problem['type'] ) ? $problem['type'] : '';
		switch ( $type ) {
			case 'tag':
				/* translators: %s: a tag name such as <mh-contact-kort>. */
				return sprintf( __( '<%s> is not one of the widgets and was removed when the post was saved.', 'menneskehandel-widgets' ), $problem['tag'] );
			case 'attribute':
				return sprintf(
					/* translators: 1: attribute name, 2: tag name, 3: list of attribute names. */
					__( 'The attribute «%1$s» is not documented for <%2$s> and was removed when the post was saved. Documented attributes: %3$s.', 'menneskehandel-widgets' ),
					$problem['name'],
					$problem['tag'],
					implode( ', ', array_keys( (array) MH_Widgets_Manifest::attributes( $problem['tag'] ) ) )
				);
			case 'shortcode-attribute':
				return MH_Widgets_Shortcodes::message( $problem );
			case 'script':
				return __( 'A JSON block with local contacts inside <mh-contact-list> was removed: your role may not add scripts to posts. An administrator can add local contacts under Settings → Menneskehandel-widgets; they are then shown in every contact list.', 'menneskehandel-widgets' );
		}
		return '';
	}

	/**
	 * On the classic editor's screen: the problems of the last save.
	 */
	public static function render_admin_notice() {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		$post   = get_post();
		if ( ! $screen || 'post' !== $screen->base || ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
			return;
		}
		foreach ( self::messages_for( $post->ID ) as $message ) {
			printf( '<div class="notice notice-warning"><p>%s</p></div>', esc_html( 'Menneskehandel-widgets: ' . $message ) );
		}
	}

	/**
	 * In the block editor (which does not show admin notices): the same problems as editor notices.
	 */
	public static function block_editor_notice() {
		$post = get_post();
		if ( ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
			return;
		}
		$messages = self::messages_for( $post->ID );
		if ( ! $messages ) {
			return;
		}
		wp_register_script( 'menneskehandel-widgets-editor-notices', false, array( 'wp-data', 'wp-notices', 'wp-dom-ready' ), MH_Widgets_Manifest::version(), true );
		wp_enqueue_script( 'menneskehandel-widgets-editor-notices' );
		$script = '';
		foreach ( $messages as $message ) {
			$script .= sprintf( 'wp.data.dispatch("core/notices").createWarningNotice(%s);', wp_json_encode( 'Menneskehandel-widgets: ' . $message ) );
		}
		wp_add_inline_script( 'menneskehandel-widgets-editor-notices', 'wp.domReady(function(){' . $script . '});' );
	}
}
