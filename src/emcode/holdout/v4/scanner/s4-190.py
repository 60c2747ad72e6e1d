import os
from django.http import HttpResponse


def disk_usage(request):
    folder = request.GET.get("dir", "/tmp")
    with os.popen("du -sh '%s'" % folder) as p:
        usage = p.read()
    return HttpResponse(usage, content_type="text/plain")
