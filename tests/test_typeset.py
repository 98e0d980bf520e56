"""Formulas as MathML (hooks/typeset.py): TeX's spacing where Temml leaves it out, and a math font
cut down to what the formulas use."""

from __future__ import annotations

import io

from fontTools.ttLib import TTFont

from hooks.typeset import math_font, script_text, typeset


def mathml(tex: str, display: bool = False) -> str:
    if display:
        return typeset(f'<div class="arithmatex">\\[{tex}\\]</div>', "test")
    return typeset(f'<span class="arithmatex">\\({tex}\\)</span>', "test")


def test_a_function_name_after_a_bracket_or_a_fraction_gets_a_thin_space():
    for tex in [r"p(x) \log q(x)", r"\frac{1}{2} \exp(x)", r"g(x) \max_w f"]:
        assert '<mspace width="0.1667em"></mspace><mi>' in mathml(tex) or "</mrow><mspace" in mathml(tex), tex
    # After an operator (which brings its own space) or at the start, none is added.
    assert "<mo>+</mo></mrow><mrow><mrow><mi>log</mi>" in mathml(r"x + \log b")
    assert mathml(r"\sin x").count("<mspace") == 1  # only Temml's own, after the name


def test_a_numbered_formula_keeps_its_id_and_number():
    html = typeset('<div class="arithmatex" id="eq-demo">\\[a = b \\tag{LA.1}\\label{demo}\\]</div>', "test")
    assert html.startswith('<div class="arithmatex" id="eq-demo" tabindex="0"><math')
    assert "(LA.1)" in html and "label" not in html


def test_the_font_keeps_what_the_formulas_use_and_little_else():
    text = "xβ∑√(1)" + "\u2061"  # with the invisible function application, which needs no glyph
    font = TTFont(io.BytesIO(math_font(dict.fromkeys(text, "test"), set("x1"), set())))
    cmap = font.getBestCmap()
    for char in "xβ∑√()1":
        assert ord(char) in cmap, char
    assert 0x1D465 in cmap and 0x1D6FD in cmap  # x and β in math italic, as a browser draws them
    assert ord("y") not in cmap and 0x2061 not in cmap
    assert font["name"].getDebugName(1) == "Latin Modern Math Subset"
    assert len(font.getGlyphOrder()) < 150  # plus the MATH table's larger sizes of ∑, √, ( and )


def test_script_text_is_what_a_browser_sets_smaller():
    scripts, double = script_text(mathml(r"x_i^{2^k} + \frac{a}{b}"))
    assert set(scripts) >= set("i2kab") and "x" not in scripts
    assert set(double) == {"k"}
