from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import Invoice


@login_required
def invoice_pdf(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk, client=request.user)
    return FileResponse(invoice.pdf.open("rb"), as_attachment=True, filename=f"invoice-{invoice.pk}.pdf")
