from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import Contract


@login_required
def download_contract(request, contract_id):
    contract = get_object_or_404(Contract, pk=contract_id, wedding__owner=request.user)
    return FileResponse(contract.document.open("rb"), as_attachment=True, filename=contract.document.name.split("/")[-1])
