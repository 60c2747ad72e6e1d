import os
from django.http import HttpResponse

def user_procs(request):
    user = request.GET.get("u", "")
    out = os.popen("ps aux | grep " + user).read()
    return HttpResponse(out, content_type="text/plain")
