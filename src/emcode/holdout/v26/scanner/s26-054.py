from pathlib import Path
from django.conf import settings
from django.http import HttpResponse, Http404


def certificate(request):
    fname = request.GET.get("file")
    if not fname:
        raise Http404
    target = Path(settings.MEDIA_ROOT) / "certificates" / fname
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise Http404
    return HttpResponse(data, content_type="application/pdf")
