import shutil


def compress_build(build_dir, archive_name):
    return shutil.make_archive(archive_name, "zip", root_dir=build_dir)
