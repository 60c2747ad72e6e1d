from django.http import FileResponse, Http404
from django.contrib.auth.decorators import login_required

from .models import Document


@login_required
def download_document(request, doc_id: int):
    try:
        doc = Document.objects.get(pk=doc_id, owner=request.user)
    except Document.DoesNotExist:
        raise Http404("no such document")
    return FileResponse(doc.file.open("rb"), as_attachment=True, filename=doc.original_name)
