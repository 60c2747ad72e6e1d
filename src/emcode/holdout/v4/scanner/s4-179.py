import os
from django.http import HttpResponse, Http404

LOG_DIR = os.path.realpath("/var/log/app")


def view_log(request):
    name = request.GET.get("name", "")
    full = os.path.realpath(os.path.join(LOG_DIR, name))
    if os.path.commonpath([full, LOG_DIR]) != LOG_DIR:
        raise Http404()
    with op