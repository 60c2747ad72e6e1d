import os as _os

def open_in_editor(path, editor="vim"):
    _os.system("%s '%s'" % (editor, path))
