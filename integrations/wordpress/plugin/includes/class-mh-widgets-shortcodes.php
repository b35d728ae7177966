<?php
/**
 * One shortcode per widget: [mh_contact_card contact="rosa"] prints <mh-contact-card contact="rosa">.
 * Attribute names are checked against the widget's documented attributes (custom-elements.json);
 * values are passed on escaped, and the widget itself reports a value it can not use.
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode registration and rendering.
 */
final class MH_Widgets_Shortcodes {

	/**
	 * Values that turn a boolean attribute off when written out, e.g. searchable="false" (in HTML any
	 * value, even "false", turns it on; in a shortcode that would surprise).
	 */
	const FALSE_VALUES = array( 'false', '0', 'no', 'off', 'nei' );

	/**
	 * Hooks.
	 */
	public static function init() {
		foreach ( array_keys( MH_Widgets_Manifest::tags() ) as $tag ) {
			add_shortcode( self::shortcode_for( $tag ), array( __CLASS__, 'render' ) );
		}
	}

	/**
	 * The shortcode name of a tag: mh-contact-card → mh_contact_card.
	 *
	 * @param string $tag Tag name.
	 * @return string
	 */
	public static function shortcode_for( $tag ) {
		return str_replace( '-', '_', $tag );
	}

	/**
	 * Splits shortcode attributes into the widget's attributes and the names it does not know.
	 *
	 * @param string       $tag  Tag name.
	 * @param array|string $atts Attributes as WordPress parsed them ('' when there are none).
	 * @return array array( attributes name => value|true, unknown names[] ).
	 */
	public static function split_attributes( $tag, $atts ) {
		$documented = (array) MH_Widgets_Manifest::attributes( $tag );
		$attributes = array();
		$unknown    = array();
		foreach ( (array) $atts as $key => $value ) {
			if ( is_int( $key ) ) {
				// [mh_contact_list searchable]: a bare word is a boolean attribute.
				$name = str_replace( '_', '-', strtolower( (string) $value ) );
				if ( isset( $documented[ $name ] ) && 'boolean' === $documented[ $name ] ) {
					$attributes[ $name ] = true;
				} else {
					$unknown[] = (string) $value;
				}
				continue;
			}
			// heading_level is accepted as heading-level.
			$name = str_replace( '_', '-', strtolower( $key ) );
			if ( ! isset( $documented[ $name ] ) ) {
				$unknown[] = $key;
				continue;
			}
			if ( 'boolean' === $documented[ $name ] ) {
				if ( ! in_array( strtolower( trim( (string) $value ) ), self::FALSE_VALUES, true ) ) {
					$attributes[ $name ] = true;
				}
				continue;
			}
			$attributes[ $name ] = (string) $value;
		}
		return array( $attributes, $unknown );
	}

	/**
	 * Shortcode callback.
	 *
	 * @param array|string $atts          Attributes.
	 * @param string|null  $content       Enclosed content (not used).
	 * @param string       $shortcode_tag The shortcode's name.
	 * @return string
	 */
	public static function render( $atts, $content, $shortcode_tag ) {
		$tag = str_replace( '_', '-', $shortcode_tag );
		list( $attributes, $unknown ) = self::split_attributes( $tag, $atts );
		MH_Widgets_Assets::enqueue();
		$inner = '';
		if ( 'mh-quick-exit' === $tag ) {
			$inner = MH_Widgets_Quick_Exit::fallback_link( isset( $attributes['href'] ) ? $attributes['href'] : '' );
		} elseif ( 'mh-contact-list' === $tag || 'mh-guide' === $tag ) {
			// The guide hands its block to the contact list in Del 8.
			$inner = MH_Widgets_Contacts::json_block();
		}
		$html = self::element( $tag, $attributes, $inner );
		if ( $unknown && current_user_can( 'edit_posts' ) ) {
			// Only people who can fix it see this; visitors see the widget without the attribute.
			$html .= sprintf(
				'<p class="mh-widgets-editor-notice"><strong>%s</strong> %s</p>',
				esc_html__( 'Shown only to editors:', 'menneskehandel-widgets' ),
				esc_html(
					self::message(
						array(
							'type'      => 'shortcode-attribute',
							'shortcode' => $shortcode_tag,
							'names'     => $unknown,
						)
					)
				)
			);
		}
		return $html;
	}

	/**
	 * A widget element with escaped attributes. $inner must already be safe HTML.
	 *
	 * @param string $tag        Tag name (from the manifest).
	 * @param array  $attributes Name => string value, or true for a boolean attribute.
	 * @param string $inner      Safe HTML for the element's light DOM.
	 * @return string
	 */
	public static function element( $tag, $attributes, $inner = '' ) {
		$html = '<' . tag_escape( $tag );
		foreach ( $attributes as $name => $value ) {
			$html .= true === $value ? ' ' . esc_attr( $name ) : sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
		}
		return $html . '>' . $inner . '</' . tag_escape( $tag ) . '>';
	}

	/**
	 * Unknown attributes of the plugin's shortcodes in a post's content.
	 *
	 * @param string $content Unslashed post content.
	 * @return array[] Structured problems.
	 */
	public static function problems_in( $content ) {
		if ( false === strpos( $content, '[mh_' ) ) {
			return array();
		}
		$names    = array_map( array( __CLASS__, 'shortcode_for' ), array_keys( MH_Widgets_Manifest::tags() ) );
		$problems = array();
		if ( preg_match_all( '/' . get_shortcode_regex( $names ) . '/', $content, $matches, PREG_SET_ORDER ) ) {
			foreach ( $matches as $match ) {
				list( , $unknown ) = self::split_attributes( str_replace( '_', '-', $match[2] ), shortcode_parse_atts( $match[3] ) );
				if ( $unknown ) {
					$problems[] = array(
						'type'      => 'shortcode-attribute',
						'shortcode' => $match[2],
						'names'     => $unknown,
					);
				}
			}
		}
		return $problems;
	}

	/**
	 * An unknown-attribute problem as a sentence.
	 *
	 * @param array $problem array( 'shortcode' => name, 'names' => unknown names ).
	 * @return string
	 */
	public static function message( $problem ) {
		$tag = str_replace( '_', '-', $problem['shortcode'] );
		return sprintf(
			/* translators: 1: shortcode name, 2: unknown attribute names, 3: documented attribute names. */
			_n(
				'[%1$s]: the attribute «%2$s» is not documented for this widget and is left out. Documented attributes: %3$s.',
				'[%1$s]: the attributes «%2$s» are not documented for this widget and are left out. Documented attributes: %3$s.',
				count( $problem['names'] ),
				'menneskehandel-widgets'
			),
			$problem['shortcode'],
			implode( '», «', $problem['names'] ),
			implode( ', ', array_keys( (array) MH_Widgets_Manifest::attributes( $tag ) ) )
		);
	}
}
