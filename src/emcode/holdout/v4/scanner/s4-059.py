import os
from django.http import HttpResponse

LOG_DIR = "/var/log/app"


def view_log(request):
    name = request.GET["name"]
    with open(os.path.join(LOG_DIR, name)) as fh:
        content = fh.read()
    lines = content.splitlines()[-200:]
    return HttpResponse("\n".join(lines), content_type="text/pl