package io.infrasync.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateVariablesTest {

    @Test
    void keepsTopLevelNamesAndDropsAttributesFiltersTestsAndReservedWords() {
        assertThat(TemplateVariables.of("{{ name.lower() if name else '' }}")).hasValueSatisfying(names ->
                assertThat(names).containsExactly("name"));
        assertThat(TemplateVariables.of("{{ u_height|float|round(0, 'ceil') }}")).hasValueSatisfying(names ->
                assertThat(names).containsExactly("u_height"));
        assertThat(TemplateVariables.of("{{ device.name ~ '-' ~ tags.0.slug | upper }}")).hasValueSatisfying(names ->
                assertThat(names).containsExactly("device", "tags"));
        assertThat(TemplateVariables.of("{{ 'yes' if primary_ip4 is not none and vc_position is defined else no }}"))
                .hasValueSatisfying(names -> assertThat(names).containsExactly("primary_ip4", "vc_position", "no"));
        assertThat(TemplateVariables.of("{{ role['slug'] }}")).hasValueSatisfying(names ->
                assertThat(names).containsExactly("role"));
    }

    @Test
    void namesInStringsAndPlainTextAreNotVariables() {
        assertThat(TemplateVariables.of("Interface {{ name | replace(\"Gig abit\", 'Gi \\' x') }} of site"))
                .hasValueSatisfying(names -> assertThat(names).containsExactly("name"));
        assertThat(TemplateVariables.of("static text")).hasValueSatisfying(names -> assertThat(names).isEmpty());
    }

    @Test
    void keepsFunctionsArgumentsAndBoundNamesBecauseExtraKeysCostNothing() {
        assertThat(TemplateVariables.of("{% for tag in tags %}{{ tag.name }},{% endfor %}{{ lookup(site, key=slug) }}"))
                .hasValueSatisfying(names -> assertThat(names).containsExactly("tag", "tags", "lookup", "site", "key", "slug"));
        assertThat(TemplateVariables.of("{%- set label = name ~ '/' ~ vid -%}{{ label }}"))
                .hasValueSatisfying(names -> assertThat(names).contains("name", "vid"));
    }

    @Test
    void giveUpWhenTheTemplateReadsOtherTemplatesOrDoesNotParse() {
        assertThat(TemplateVariables.of("{% include 'other.j2' %}")).isEmpty();
        assertThat(TemplateVariables.of("{%- import 'macros.j2' as m %}{{ m.x(name) }}")).isEmpty();
        assertThat(TemplateVariables.of("{% from 'm.j2' import x %}")).isEmpty();
        assertThat(TemplateVariables.of("{% extends 'base.j2' %}")).isEmpty();
        assertThat(TemplateVariables.of("{{ name ")).isEmpty();
        assertThat(TemplateVariables.of("{{ name }} {% if x")).isEmpty();
        assertThat(TemplateVariables.of("{{ 'unclosed }}")).isEmpty();
        assertThat(TemplateVariables.of("{{ \"}}\" ~ name }}")).isEmpty();
    }

    @Test
    void aStrayClosingBraceAsInTheUpstreamConfigIsText() {
        assertThat(TemplateVariables.of("{{ serial.lower() if serial else '' }}}")).hasValueSatisfying(names ->
                assertThat(names).containsExactly("serial"));
    }
}
