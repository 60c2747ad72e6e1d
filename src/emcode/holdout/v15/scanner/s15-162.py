import os


def git_log(repo, author, n=10):
    cmd = 'git -C %s log -n %d --author="%s" --oneline' % (repo, n, author)
    pipe = os.popen(cmd)
    try:
        return pipe.read().splitlines()
    finally:
        pipe.close()
