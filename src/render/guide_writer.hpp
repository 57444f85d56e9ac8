#pragma once
// The blocks a career guide is made of, whatever it is written as: the guide (career_guide.cpp) is
// written once against this interface, and appears as terminal text or as Markdown.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/career.hpp"

namespace career {

using Figures = std::vector<std::pair<std::string, std::string>>;  // (label, value) rows
using TableRows = std::vector<std::vector<std::string>>;

class GuideWriter {
public:
    virtual ~GuideWriter() = default;

    virtual void title(std::string_view text) = 0;
    virtual void heading(std::string_view text) = 0;
    // `indent` is how far text output sets a block in; other forms ignore it.
    virtual void subheading(std::string_view text, std::string_view indent = "") = 0;
    virtual void prose(std::string_view text, std::string_view indent = "") = 0;
    virtual void list(const Items& items, std::string_view indent = "  ") = 0;
    // "Label: value".
    virtual void field(std::string_view label, std::string_view value, std::size_t label_width = 0) = 0;
    // Labelled figures, one a row: aligned in text; a table under `header` in Markdown.
    virtual void figures(const std::pair<std::string, std::string>& header, const Figures& rows) = 0;
    // A table with a header row; as a list where a text table would not fit.
    virtual void table(const std::vector<std::string>& header, const TableRows& rows) = 0;
    // A short line of its own, such as "None listed.".
    virtual void note(std::string_view text) = 0;
    // What is said where a career lacks the data; never a zero or a guess.
    virtual void not_given(std::string_view what = "") = 0;
    // "Source: …"; nothing when there is no source.
    virtual void source(std::string_view text) = 0;
    // The space between blocks, where the form needs it written.
    virtual void blank() = 0;
};

}  // namespace career
