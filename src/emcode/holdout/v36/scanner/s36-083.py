from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Invoice


@login_required
def invoice_detail(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk, patient__user=request.user)
    return JsonResponse({"id": invoice.pk, "total": str(invoice.total), "paid": invoice.paid})
