using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Unit;

/// <summary>The stylesheet cut that static pages link (ReadingStylesheetTests) keeps what those pages can match, verbatim.</summary>
public sealed class CssSubsetTests
{
    private static readonly HashSet<string> Used = ["mud-button-root", "mud-table", "d-flex"];

    [Fact]
    public void Keeps_element_rules_and_rules_whose_classes_are_all_used_byte_for_byte()
    {
        const string Css = "/*! licence */*{box-sizing:border-box}.mud-button-root{color:red !important}.mud-table .mud-table-row{x:1}.d-flex{display:flex}";

        Assert.Equal("*{box-sizing:border-box}.mud-button-root{color:red !important}.d-flex{display:flex}", CssSubset.Keep(Css, Used));
    }

    [Fact]
    public void A_selector_list_stays_when_one_of_its_selectors_can_match()
    {
        Assert.Equal(".mud-chip,.mud-table{a:b}", CssSubset.Keep(".mud-chip,.mud-table{a:b}", Used));
        Assert.Equal("", CssSubset.Keep(".mud-chip,.mud-alert{a:b}", Used));
    }

    [Fact]
    public void Classes_inside_negations_and_alternatives_are_not_required()
    {
        const string Css = ".mud-button-root:not(.mud-disabled):hover{a:b}.mud-table:where(.mud-x,.mud-y) td{c:d}.mud-chip:not(.mud-table){e:f}";

        Assert.Equal(".mud-button-root:not(.mud-disabled):hover{a:b}.mud-table:where(.mud-x,.mud-y) td{c:d}", CssSubset.Keep(Css, Used));
    }

    [Fact]
    public void Grouping_rules_keep_what_stays_inside_them_and_vanish_when_empty_while_keyframes_stay_whole()
    {
        const string Css = "@media(min-width: 600px){.d-flex{a:b}.mud-chip{c:d}}@media print{.mud-chip{e:f}}@keyframes spin{0%{g:h}100%{i:j}}";

        Assert.Equal("@media(min-width: 600px){.d-flex{a:b}}@keyframes spin{0%{g:h}100%{i:j}}", CssSubset.Keep(Css, Used));
    }

    [Fact]
    public void Braces_inside_strings_do_not_end_a_block()
    {
        Assert.Equal(".d-flex{content:\"}{\"}", CssSubset.Keep(".d-flex{content:\"}{\"}.mud-chip{a:b}", Used));
    }

    [Fact]
    public void Rules_are_listed_with_their_context_to_compare_two_sheets()
    {
        Assert.Equal(["a{b:c}", "@media print .d-flex{d:e}"], CssSubset.Rules("a{b:c}@media print{.d-flex{d:e}}"));
    }
}
