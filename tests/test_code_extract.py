"""Code extraction from model answers: fences first, bare code otherwise."""

from __future__ import annotations

from emcode.code_extract import extract_code


def test_python_fence_is_taken_and_prose_dropped() -> None:
    text = "Sure, here it is:\n```python\nimport os\nprint(os.sep)\n```\nHope it helps!"
    assert extract_code(text) == "import os\nprint(os.sep)\n"


def test_several_python_fences_are_joined_in_order() -> None:
    text = "```python\na = 1\n```\nthen\n```py\nb = 2\n```\n```bash\nls\n```"
    assert extract_code(text) == "a = 1\n\nb = 2\n"


def test_untagged_fence_when_no_python_tag() -> None:
    assert extract_code("```\nx = 1\n```") == "x = 1\n"


def test_unclosed_fence_runs_to_end() -> None:
    assert extract_code("```python\ndef f():\n    return 1") == "def f():\n    return 1\n"


def test_bare_code_with_leading_prose() -> None:
    assert extract_code("Here is a module\nimport json\nx = json.dumps(1)") == "import json\nx = json.dumps(1)\n"


def test_bare_code_that_parses_is_kept_whole() -> None:
    assert extract_code("x = 1\ny = x + 1\n") == "x = 1\ny = x + 1\n"


def test_empty_answer() -> None:
    assert extract_code("  \n") == ""


def test_a_program_returned_as_a_string_is_unwrapped() -> None:
    answer = 'Here it is:\n```python\nSOURCE = """\nimport os\n\ndef f(p):\n    return os.path.join("a", p)\n"""\nprint(SOURCE)\n```'
    assert extract_code(answer) == 'import os\n\ndef f(p):\n    return os.path.join("a", p)\n'
    # a string that is not a program, or code beside the string, stays as written
    assert extract_code('```python\nGREETING = """hello there"""\n```') == 'GREETING = """hello there"""\n'
    mixed = '```python\nimport os\nSOURCE = """def f(): pass"""\n```'
    assert extract_code(mixed) == 'import os\nSOURCE = """def f(): pass"""\n'
