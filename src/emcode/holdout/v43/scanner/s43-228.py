from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from .models import Contract


@login_required
def download_contract(request, pk):
    contract = get_object_or_404(Contract, pk=pk, couple__owner=request.user)
    if not contract.file:
        raise Http404
    return FileResponse(contract.file.open("rb"), as_attachment=True, filename=contract.file.name.rsplit("/", 1)[-1])
