<?php
/**
 * A small JSON Schema validator for the keywords that zod's toJSONSchema() writes for the local
 * contacts schema. The build fails if the generated schema uses any other keyword, and this class
 * refuses (fails closed on) any keyword it does not know, so a schema change can not be skipped
 * quietly.
 *
 * @package MenneskehandelWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Validates decoded JSON (objects as stdClass, arrays as PHP lists) against a schema.
 */
final class MH_Widgets_Json_Schema {

	/**
	 * Keywords this validator understands.
	 */
	const KEYWORDS = array( '$schema', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'anyOf' );

	/**
	 * The first problem found, as array( 'path' => 'phones.0.number', 'message' => '…' ), or null.
	 *
	 * @param mixed  $value  Decoded JSON (json_decode without $associative).
	 * @param array  $schema Schema decoded as associative arrays.
	 * @param string $path   Path of $value, dot-separated.
	 * @return array|null
	 */
	public static function first_error( $value, $schema, $path = '' ) {
		foreach ( array_keys( $schema ) as $keyword ) {
			if ( ! in_array( $keyword, self::KEYWORDS, true ) ) {
				/* translators: %s: a JSON Schema keyword. */
				return self::error( $path, sprintf( __( 'the schema uses «%s», which this plugin can not check; update the plugin', 'menneskehandel-widgets' ), $keyword ) );
			}
		}

		if ( isset( $schema['anyOf'] ) ) {
			$best = null;
			foreach ( $schema['anyOf'] as $branch ) {
				$error = self::first_error( $value, $branch, $path );
				if ( null === $error ) {
					return null;
				}
				// Report the branch that got furthest: its problem is the one the editor meant.
				if ( null === $best || substr_count( $error['path'], '.' ) > substr_count( $best['path'], '.' ) ) {
					$best = $error;
				}
			}
			return $best;
		}

		if ( isset( $schema['type'] ) && ! self::has_type( $value, $schema['type'] ) ) {
			return self::error( $path, self::type_message( $schema['type'] ) );
		}
		if ( array_key_exists( 'const', $schema ) && $value !== $schema['const'] ) {
			/* translators: %s: the required value. */
			return self::error( $path, sprintf( __( 'must be %s', 'menneskehandel-widgets' ), wp_json_encode( $schema['const'] ) ) );
		}
		if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
			/* translators: %s: the allowed values. */
			return self::error( $path, sprintf( __( 'must be one of %s', 'menneskehandel-widgets' ), implode( ', ', array_map( 'wp_json_encode', $schema['enum'] ) ) ) );
		}

		if ( is_string( $value ) ) {
			$length = mb_strlen( $value, 'UTF-8' );
			if ( isset( $schema['minLength'] ) && $length < $schema['minLength'] ) {
				/* translators: %d: a number of characters. */
				return self::error( $path, 1 === $schema['minLength'] ? __( 'must not be empty', 'menneskehandel-widgets' ) : sprintf( __( 'must have at least %d characters', 'menneskehandel-widgets' ), $schema['minLength'] ) );
			}
			if ( isset( $schema['maxLength'] ) && $length > $schema['maxLength'] ) {
				/* translators: %d: a number of characters. */
				return self::error( $path, sprintf( __( 'must have at most %d characters', 'menneskehandel-widgets' ), $schema['maxLength'] ) );
			}
			if ( isset( $schema['pattern'] ) && ! preg_match( self::pcre( $schema['pattern'] ), $value ) ) {
				return self::error( $path, self::pattern_message( $path, $schema['pattern'] ) );
			}
		}

		if ( is_int( $value ) || is_float( $value ) ) {
			if ( isset( $schema['minimum'] ) && $value < $schema['minimum'] ) {
				/* translators: %s: the smallest value. */
				return self::error( $path, sprintf( __( 'must be at least %s', 'menneskehandel-widgets' ), $schema['minimum'] ) );
			}
			if ( isset( $schema['maximum'] ) && $value > $schema['maximum'] ) {
				/* translators: %s: the largest value. */
				return self::error( $path, sprintf( __( 'must be at most %s', 'menneskehandel-widgets' ), $schema['maximum'] ) );
			}
		}

		if ( is_array( $value ) ) {
			if ( isset( $schema['minItems'] ) && count( $value ) < $schema['minItems'] ) {
				/* translators: %d: a number of items. */
				return self::error( $path, sprintf( __( 'must list at least %d', 'menneskehandel-widgets' ), $schema['minItems'] ) );
			}
			if ( isset( $schema['maxItems'] ) && count( $value ) > $schema['maxItems'] ) {
				/* translators: %d: a number of items. */
				return self::error( $path, sprintf( __( 'must list at most %d', 'menneskehandel-widgets' ), $schema['maxItems'] ) );
			}
			if ( isset( $schema['items'] ) ) {
				foreach ( $value as $index => $item ) {
					$error = self::first_error( $item, $schema['items'], self::join( $path, (string) $index ) );
					if ( null !== $error ) {
						return $error;
					}
				}
			}
		}

		if ( $value instanceof stdClass ) {
			$properties = isset( $schema['properties'] ) ? $schema['properties'] : array();
			$fields     = get_object_vars( $value );
			if ( isset( $schema['additionalProperties'] ) && false === $schema['additionalProperties'] ) {
				$unknown = array_diff( array_map( 'strval', array_keys( $fields ) ), array_keys( $properties ) );
				if ( $unknown ) {
					/* translators: %s: field names. */
					return self::error( $path, sprintf( __( 'unknown field «%s» (check the spelling)', 'menneskehandel-widgets' ), implode( '», «', $unknown ) ) );
				}
			}
			foreach ( isset( $schema['required'] ) ? $schema['required'] : array() as $name ) {
				if ( ! array_key_exists( $name, $fields ) ) {
					return self::error( self::join( $path, $name ), __( 'is required', 'menneskehandel-widgets' ) );
				}
			}
			foreach ( $properties as $name => $property_schema ) {
				if ( array_key_exists( $name, $fields ) ) {
					$error = self::first_error( $fields[ $name ], $property_schema, self::join( $path, $name ) );
					if ( null !== $error ) {
						return $error;
					}
				}
			}
		}

		return null;
	}

	/**
	 * Whether $value has the JSON type $type.
	 *
	 * @param mixed  $value Decoded JSON.
	 * @param string $type  A JSON Schema type name.
	 * @return bool
	 */
	private static function has_type( $value, $type ) {
		switch ( $type ) {
			case 'string':
				return is_string( $value );
			case 'integer':
				return is_int( $value ) || ( is_float( $value ) && floor( $value ) === $value && is_finite( $value ) );
			case 'number':
				return is_int( $value ) || is_float( $value );
			case 'boolean':
				return is_bool( $value );
			case 'array':
				return is_array( $value );
			case 'object':
				return $value instanceof stdClass;
			case 'null':
				return null === $value;
		}
		return false;
	}

	/**
	 * What a value of the wrong JSON type should have been.
	 *
	 * @param string $type A JSON Schema type name.
	 * @return string
	 */
	private static function type_message( $type ) {
		$messages = array(
			'string'  => __( 'must be text in quotes', 'menneskehandel-widgets' ),
			'integer' => __( 'must be a whole number', 'menneskehandel-widgets' ),
			'number'  => __( 'must be a number', 'menneskehandel-widgets' ),
			'boolean' => __( 'must be true or false', 'menneskehandel-widgets' ),
			'array'   => __( 'must be a list in [ ]', 'menneskehandel-widgets' ),
			'object'  => __( 'must be an entry in { }', 'menneskehandel-widgets' ),
		);
		/* translators: %s: a JSON type name. */
		return isset( $messages[ $type ] ) ? $messages[ $type ] : sprintf( __( 'must be of type %s', 'menneskehandel-widgets' ), $type );
	}

	/**
	 * A pattern mismatch in words, by the field it is in (the zod schema's own messages do not
	 * survive the conversion to JSON Schema).
	 *
	 * @param string $path    Where the value is.
	 * @param string $pattern The pattern it failed.
	 * @return string
	 */
	private static function pattern_message( $path, $pattern ) {
		$segments = explode( '.', $path );
		$field    = end( $segments );
		if ( is_numeric( $field ) && count( $segments ) > 1 ) {
			$field = $segments[ count( $segments ) - 2 ];
		}
		switch ( $field ) {
			case 'id':
				return __( 'use lower-case letters a–z, digits and single hyphens, such as barnevernvakt-vaar-kommune', 'menneskehandel-widgets' );
			case 'number':
				return __( 'write the number as digits only (3 to 8), without spaces or +47', 'menneskehandel-widgets' );
			case 'opens':
			case 'closes':
				return __( 'write the time as HH:MM (24 hours), such as 08:00', 'menneskehandel-widgets' );
			case 'address':
				return __( 'write the address without https://, such as kommune.no/hjelp', 'menneskehandel-widgets' );
			case 'href':
				return __( 'the link must start with https://', 'menneskehandel-widgets' );
			case 'emails':
				return __( 'write an e-mail address such as post@kommune.no', 'menneskehandel-widgets' );
		}
		/* translators: %s: a regular expression. */
		return sprintf( __( 'does not match the pattern %s', 'menneskehandel-widgets' ), $pattern );
	}

	/**
	 * An ECMAScript pattern as PCRE: Unicode, and `$` only at the very end (as in JavaScript
	 * without the m flag; PCRE's `$` would also match before a final newline).
	 *
	 * @param string $pattern The pattern from the schema.
	 * @return string
	 */
	private static function pcre( $pattern ) {
		return '#' . str_replace( '#', '\\#', $pattern ) . '#uD';
	}

	/**
	 * One problem.
	 *
	 * @param string $path    Dot-separated path.
	 * @param string $message English, for the log and the notice.
	 * @return array
	 */
	private static function error( $path, $message ) {
		return array(
			'path'    => $path,
			'message' => $message,
		);
	}

	/**
	 * Appends a segment to a dot path.
	 *
	 * @param string $path    The path so far.
	 * @param string $segment The next key or index.
	 * @return string
	 */
	private static function join( $path, $segment ) {
		return '' === $path ? $segment : $path . '.' . $segment;
	}
}
