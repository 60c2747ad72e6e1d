import os
import shlex

def open_in_editor(path: str, editor: str = "vim") -> int:
    return os.system(f"{shlex.quote(editor)} -- {shlex.quote(path)}")
