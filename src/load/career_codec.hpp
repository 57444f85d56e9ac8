#pragma once
// A parsed career as bytes and back, for the cache of parsed careers (load/career_cache.hpp): what
// the file said, checked, without parsing TOML again. Career::links is not kept: it comes from the
// catalog around the career, and is filled in after loading.
#include <optional>
#include <string>
#include <string_view>

#include "model/career.hpp"

namespace career {

// Bumped whenever a member of the model is added, removed or reordered (model/career_fields.hpp
// lists them): a cache written with another layout is never decoded as this one.
inline constexpr int kCareerLayout = 2;

std::string encode_career(const Career& career);

// Nullopt when the bytes are not what encode_career wrote.
std::optional<Career> decode_career(std::string_view bytes);

}  // namespace career
