from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import ConsentForm


@login_required
def download_consent(request, pk):
    form = get_object_or_404(ConsentForm, pk=pk, patient__user=request.user)
    return FileResponse(form.file.open("rb"), as_attachment=True, filename=f"consent-{form.pk}.pdf")
