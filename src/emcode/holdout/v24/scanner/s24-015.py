import tarfile
from pathlib import Path


def install_plugin(archive, plugins_dir):
    target = Path(plugins_dir) / Path(archive).name.split(".")[0]
    target.mkdir(parents=True, exist_ok=True)
    tar = tarfile.open(archive)
    tar.extractall(path=target)
    names = tar.getnames()
    tar.close()
    return names
