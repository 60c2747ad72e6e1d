import os

from django.conf import settings
from django.http import FileResponse, Http404


def recipe_attachment(request, recipe_id):
    filename = request.GET.get("name", "")
    path = os.path.join(settings.MEDIA_ROOT, "recipes", str(recipe_id), filename)
    if not os.path.exists(path):
        raise Http404
    return FileResponse(open(path, "rb"))
