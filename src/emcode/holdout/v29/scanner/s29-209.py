from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def policy_banner(request):
    holder = request.GET.get("holder", "")
    policy_no = request.GET.get("policy", "")
    markup = (
        "<section class='banner'>"
        f"<h2>Policy {policy_no}</h2>"
        f"<p>Insured: {holder}</p>"
        "</section>"
    )
    return HttpResponse(markup)
