from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.contrib.auth.decorators import login_required

from .models import Document


@login_required
def download(request, doc_id: int):
    doc = get_object_or_404(Document, pk=doc_id, owner=request.user)
    try:
        handle = doc.file.open("rb")
    except FileNotFoundError:
        raise Http404
    return FileResponse(handle, as_attachment=True, filename=doc.display_name)
