from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def policy_banner(request):
    holder = request.GET.get("holder", "")
    policy_no = request.GET.get("policy", "")
    markup = format_html(
        "<section class='banner'><h2>Policy {}</h2><p>Insured: {}</p></section>",
        policy_no,
        holder,
    )
    return HttpResponse(markup)
