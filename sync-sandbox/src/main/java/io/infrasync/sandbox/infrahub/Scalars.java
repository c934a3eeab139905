package io.infrasync.sandbox.infrahub;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The custom scalars of Infrahub's SDL: {@code DateTime}, {@code BigInt} and {@code GenericScalar}. */
final class Scalars {

    private Scalars() {
    }

    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar().name("DateTime")
            .coercing(new Coercing<Object, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    return value instanceof Instant instant ? Views.timestamp(instant) : String.valueOf(value);
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return parse(String.valueOf(input));
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue text) {
                        try {
                            return parse(text.getValue());
                        } catch (CoercingParseValueException e) {
                            throw new CoercingParseLiteralException(e.getMessage());
                        }
                    }
                    throw new CoercingParseLiteralException("DateTime cannot represent non-string value: " + input);
                }

                private Instant parse(String text) {
                    try {
                        return NodeQuery.parseInstant(text);
                    } catch (DateTimeParseException e) {
                        throw new CoercingParseValueException("DateTime cannot represent value: " + text);
                    }
                }
            }).build();

    static final GraphQLScalarType BIG_INT = GraphQLScalarType.newScalar().name("BigInt")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value instanceof Number ? value : new BigInteger(String.valueOf(value));
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return toLong(input);
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof IntValue number) {
                        return number.getValue().longValueExact();
                    }
                    if (input instanceof StringValue text) {
                        try {
                            return toLong(text.getValue());
                        } catch (CoercingParseValueException e) {
                            throw new CoercingParseLiteralException(e.getMessage());
                        }
                    }
                    throw new CoercingParseLiteralException("BigInt cannot represent non-integer value: " + input);
                }

                private long toLong(Object input) {
                    try {
                        if (input instanceof Number number) {
                            return new BigDecimal(number.toString()).longValueExact();
                        }
                        return new BigInteger(String.valueOf(input)).longValueExact();
                    } catch (ArithmeticException | NumberFormatException e) {
                        throw new CoercingParseValueException("BigInt cannot represent non-integer value: " + input);
                    }
                }
            }).build();

    static final GraphQLScalarType GENERIC = GraphQLScalarType.newScalar().name("GenericScalar")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return input instanceof Integer i ? Long.valueOf(i) : input;
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    return literal(input, variables);
                }
            }).build();

    private static Object literal(Value<?> input, CoercedVariables variables) {
        if (input instanceof StringValue v) {
            return v.getValue();
        }
        if (input instanceof IntValue v) {
            return v.getValue().longValueExact();
        }
        if (input instanceof FloatValue v) {
            return v.getValue().doubleValue();
        }
        if (input instanceof BooleanValue v) {
            return v.isValue();
        }
        if (input instanceof NullValue) {
            return null;
        }
        if (input instanceof VariableReference v) {
            return variables.get(v.getName());
        }
        if (input instanceof ArrayValue v) {
            List<Object> list = new ArrayList<>();
            v.getValues().forEach(item -> list.add(literal(item, variables)));
            return list;
        }
        if (input instanceof ObjectValue v) {
            Map<String, Object> map = new LinkedHashMap<>();
            v.getObjectFields().forEach(field -> map.put(field.getName(), literal(field.getValue(), variables)));
            return map;
        }
        throw new CoercingParseLiteralException("GenericScalar cannot represent " + input);
    }
}
