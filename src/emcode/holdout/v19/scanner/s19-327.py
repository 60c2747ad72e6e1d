import os
from django.conf import settings
from django.http import FileResponse, Http404
from django.contrib.auth.decorators import login_required


@login_required
def invoice_pdf(request):
    fname = request.GET.get("file")
    if not fname:
        raise Http404
    path = os.path.join(settings.MEDIA_ROOT, "invoices", fname)
    if not os.path.isfile(path):
        raise Http404
    return FileResponse(open(path, "rb"), content_type="application/pdf")
