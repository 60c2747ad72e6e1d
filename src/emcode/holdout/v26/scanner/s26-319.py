import tarfile
import urllib.request


def install_theme(url, themes_dir):
    path, _ = urllib.request.urlretrieve(url)
    with tarfile.open(path) as tar:
        tar.extractall(themes_dir)
