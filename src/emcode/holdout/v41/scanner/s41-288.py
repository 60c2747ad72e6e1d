from django.http import FileResponse, Http404

from .models import Invoice


def invoice_pdf(request, number):
    try:
        inv = Invoice.objects.get(number=number, owner=request.user)
    except Invoice.DoesNotExist:
        raise Http404
    return FileResponse(inv.pdf.open("rb"), as_attachment=True, filename=f"invoice-{inv.number}.pdf")
