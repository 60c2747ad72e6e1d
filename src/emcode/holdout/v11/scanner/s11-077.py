def no_results_html(term):
    msg = "<p class='empty'>No products matched <em>%s</em>.</p>" % term
    return msg
