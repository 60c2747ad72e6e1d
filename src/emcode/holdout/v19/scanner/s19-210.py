Here is a small script that archives a directory:

```python
import subprocess
import sys

def archive(src, dest):
    subprocess.run(["tar", "czf", dest, "-C", src, "."], check=True)

if __name__ == "__main__":
    archive(sys.argv[1], sys.argv[2])
```

This uses an argument list, so the paths are never interpreted by a shell. You could also use Python's
`tarfile` module if you want to avoid the external dependency on `ta