import shutil


def make_zip(src_dir: str, out_name: str) -> str:
    """Zip src_dir into out_name.zip."""
    return shutil.make_archive(out_name, "zip", root_dir=src_dir)
