import re


def words_matching(vocab, user_pattern, flags=0):
    return sorted(w for w in vocab if re.fullmatch(user_pattern, w, flags))
