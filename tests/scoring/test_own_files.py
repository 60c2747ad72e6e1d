"""Own-file tests: paths the program fixed (literals, ``__file__``, constant folders and tables) vs outside input."""

from __future__ import annotations

import ast
import dataclasses

from emcode.scoring.own_files import is_own_pickle_file, is_own_xml_file, own_path_names
from emcode.scoring.security import Finding

MODELS = '''import pickle
from pathlib import Path

MODEL_DIR = Path("/opt/models")
MODELS = {"churn": "churn-v3.pkl"}
UPLOADED = {}


def model(name):
    with open(MODEL_DIR / MODELS[name], "rb") as fh:
        return pickle.load(fh)


def remember(name, path):
    UPLOADED[name] = path


def uploaded(name):
    return pickle.load(open(UPLOADED[name], "rb"))


def fallback(name, path):
    return pickle.load(open(MODELS.get(name, path), "rb"))


def shared():
    return pickle.load(open("/tmp/cache.pkl", "rb"))
'''


def _load_at(line: int, rule: str = "emcode.cwe-502.pickle-family-load") -> Finding:
    return Finding(tool="semgrep", rule_id=rule, cwe=502, severity="HIGH", confidence="HIGH", line=line, message="m")


def test_own_path_names_leave_out_tables_that_functions_fill():
    own = own_path_names(ast.parse(MODELS))
    assert {"MODEL_DIR", "MODELS"} <= own
    assert "UPLOADED" not in own  # filled by remember()


def test_a_pickle_at_a_constant_folder_and_table_entry_is_the_programs_own():
    assert is_own_pickle_file(_load_at(11), MODELS)
    assert is_own_pickle_file(_load_at(11, "B301"), MODELS)


def test_filled_tables_caller_fallbacks_and_shared_temp_folders_are_not():
    assert not is_own_pickle_file(_load_at(19), MODELS)  # a table callers fill
    assert not is_own_pickle_file(_load_at(23), MODELS)  # .get(name, path): the caller's path as fallback
    assert not is_own_pickle_file(_load_at(27), MODELS)  # /tmp: any local user can plant the file


def test_other_rules_lines_without_a_load_and_broken_code_are_never_own():
    assert not is_own_pickle_file(_load_at(11, "emcode.cwe-22.unchecked-user-path"), MODELS)
    assert not is_own_pickle_file(_load_at(4), MODELS)
    assert not is_own_pickle_file(_load_at(1), "def broken(:\n")


def test_xml_from_a_constant_table_entry_is_own_too():
    code = ('import xml.etree.ElementTree as ET\nFEEDS = {"news": "feeds/news.xml"}\n\n\n'
            'def feed(kind):\n    return ET.parse(FEEDS[kind])\n\n\ndef other(path):\n    return ET.parse(path)\n')
    b314 = Finding(tool="bandit", rule_id="B314", cwe=611, severity="MEDIUM", confidence="HIGH", line=6, message="m")
    assert is_own_xml_file(b314, code)
    assert not is_own_xml_file(dataclasses.replace(b314, line=10), code)


def test_entries_listed_from_an_own_folder_are_own_but_other_loops_are_not():
    code = ('import joblib\nfrom pathlib import Path\n\nMODEL_DIR = Path("/opt/models")\n'
            'MODELS = {p.stem: joblib.load(p) for p in MODEL_DIR.glob("*.joblib")}\n\n\n'
            'def load_all(folder):\n    return [joblib.load(q) for q in Path(folder).glob("*.joblib")]\n')
    assert is_own_pickle_file(_load_at(5), code)
    assert not is_own_pickle_file(_load_at(9), code)  # the caller's folder
    # a comprehension's name is its own scope; a loop name also bound to the caller's value is not own
    rebound = code.replace("return [joblib.load(q) for q in", "p = folder\n    return [joblib.load(q) for q in")
    assert is_own_pickle_file(_load_at(5), rebound)
    looped = ('import joblib\nfrom pathlib import Path\n\nMODEL_DIR = Path("/opt/models")\n'
              'for p in MODEL_DIR.glob("*.joblib"):\n    joblib.load(p)\n\n\n'
              'def load_one(folder):\n    p = folder\n    return joblib.load(p)\n')
    assert not is_own_pickle_file(_load_at(6), looped)


def test_names_running_over_a_constant_collection_are_own_in_their_comprehension_only():
    code = ('import os\nimport joblib\n\nMODEL_DIR = "/opt/models"\n'
            'MODELS = {n: joblib.load(os.path.join(MODEL_DIR, n + ".joblib")) for n in ("churn", "fraud")}\n\n\n'
            'def score(n):\n    return joblib.load(os.path.join(MODEL_DIR, n + ".joblib"))\n\n\n'
            'def pick(names):\n    return [joblib.load(os.path.join(MODEL_DIR, n)) for n in names]\n')
    assert is_own_pickle_file(_load_at(5), code)
    assert not is_own_pickle_file(_load_at(9), code)  # a parameter that shares the comprehension's name
    assert not is_own_pickle_file(_load_at(13), code)  # a comprehension over the caller's names


REUSED_HANDLE = '''import pickle
from pathlib import Path

OUT = Path("artifacts")


def save(model):
    with open(OUT / "model.pkl", "wb") as fh:
        pickle.dump(model, fh)


def load():
    with open(OUT / "model.pkl", "rb") as fh:
        return pickle.load(fh)


def load_other(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)
'''


def test_a_handle_name_reused_by_several_with_blocks_is_read_from_the_block_around_the_load():
    assert is_own_pickle_file(_load_at(13), REUSED_HANDLE)  # the innermost ``with`` opens the program's own file
    assert not is_own_pickle_file(_load_at(18), REUSED_HANDLE)  # same handle name, the caller's path


def test_a_file_read_through_importlib_resources_ships_with_the_package():
    bundled = ('import pickle\nimport importlib.resources as resources\n\n\ndef model():\n'
               '    with resources.files("app").joinpath("model.pkl").open("rb") as fh:\n'
               '        return pickle.load(fh)\n')
    assert is_own_pickle_file(_load_at(7), bundled)
    # a variable that merely happens to be called ``resources`` is no import of the module
    posing = ('import pickle\n\n\ndef model(resources):\n'
              '    with resources.files("app").joinpath("model.pkl").open("rb") as fh:\n'
              '        return pickle.load(fh)\n')
    assert not is_own_pickle_file(_load_at(6), posing)
    xml = ('import xml.etree.ElementTree as ET\nfrom importlib import resources\n\n\ndef bands():\n'
           '    return ET.fromstring(resources.files("app").joinpath("bands.xml").read_text())\n')
    b314 = Finding(tool="bandit", rule_id="B314", cwe=611, severity="MEDIUM", confidence="HIGH", line=6, message="m")
    assert is_own_xml_file(b314, xml)


PLATFORM_CACHE = '''import hashlib
import pickle
from pathlib import Path

from platformdirs import user_cache_dir

CACHE = Path(user_cache_dir("tidewatch", "Harbour")) / "tides.pickle"


def load():
    with CACHE.open("rb") as fh:
        return pickle.load(fh)


def cached(csv_path):
    key = hashlib.sha256(str(csv_path).encode()).hexdigest()
    with open(Path(user_cache_dir("tidewatch")) / f"{key}.pkl", "rb") as fh:
        return pickle.load(fh)


def cached_at(name):
    with open(Path(user_cache_dir("tidewatch")) / f"{name}.pkl", "rb") as fh:
        return pickle.load(fh)
'''


def test_platformdirs_folders_and_digest_names_are_the_programs_own_but_a_callers_name_is_not():
    assert is_own_pickle_file(_load_at(12), PLATFORM_CACHE)  # the user's cache folder, a literal file name
    assert is_own_pickle_file(_load_at(18), PLATFORM_CACHE)  # a hex digest names the file, whatever was hashed
    assert not is_own_pickle_file(_load_at(23), PLATFORM_CACHE)  # the caller's name picks the file
