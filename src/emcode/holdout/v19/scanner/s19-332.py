import os
from django.conf import settings
from django.http import FileResponse, Http404
from django.contrib.auth.decorators import login_required


@login_required
def invoice_pdf(request):
    fname = os.path.basename(request.GET.get("file", ""))
    base = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "invoices"))
    path = os.path.realpath(os.path.join(base, fname))
    if not fname or not path.startswith(base + os.sep) or not os.path.isfile(path):
        raise Http404
    return FileResponse(open(path, "rb"), content_type="application/pdf")
