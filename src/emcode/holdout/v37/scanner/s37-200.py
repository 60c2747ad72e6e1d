import tempfile


def scratch_path_for_render():
    return tempfile.mktemp(suffix=".wav")
