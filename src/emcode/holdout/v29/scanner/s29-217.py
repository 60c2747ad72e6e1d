import os

from django.conf import settings
from django.http import FileResponse, Http404


def recipe_pdf(request):
    name = request.GET.get("name", "")
    path = os.path.join(settings.MEDIA_ROOT, "recipe_pdfs", name)
    if not os.path.exists(path):
        raise Http404
    return FileResponse(open(path, "rb"), content_type="application/pdf")
