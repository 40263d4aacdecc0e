package lexicon_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/engine/lexicon/lexicontest"
)

// TestBuiltinFamilies checks each phrase family of the built-in lexicon on
// lines written for this test (not taken from any page): a line of the
// family is tagged with its class, and a sentence of ordinary reporting
// that shares some of its words is not.
func TestBuiltinFamilies(t *testing.T) {
	lex, err := lexicon.Compile(lexicontest.Data(t))
	if err != nil {
		t.Fatal(err)
	}
	classes := func(text string) map[string]string {
		out := map[string]string{}
		for _, m := range lex.Match(text, lexicon.Tokenize(text)) {
			out[m.Class] = text[m.Start:m.End]
		}
		return out
	}
	tagged := []struct{ family, class, text string }{
		// Chat-assistant and rewriting leftovers.
		{"ai preamble", "ai-artifact", "Okay, here's a summary of the council minutes and a short report:"},
		{"ai preamble", "ai-artifact", "This report was drafted based on the provided text about the ferry timetable."},
		{"ai scaffold", "ai-artifact", "Rewritten Article"},
		{"ai scaffold", "ai-artifact", "Headline: Ferry Fares Rise for the First Time in a Decade"},
		{"ai scaffold", "ai-artifact", "Title: What the Harbour Vote Means for Commuters"},
		{"ai summary label", "ai-summary", "**Summary:**"},
		{"ai offer", "ai-artifact", "Let me know if you'd like a shorter version for social media."},
		{"ai citation", "ai-artifact", "The port handled 2.1 million passengers last year.【3†source】"},
		{"ai citation", "ai-artifact", "Fares rose by 4% in March. citeturn0search2"},
		{"ai request", "ai-artifact", "Please provide the text you want me to summarize and rewrite as a news article."},
		{"tag archive", "page-chrome", "Posts Tagged ‘harbour’"},
		{"tag archive de", "page-chrome", "Archiv für die ‘Technik’ Kategorie"},
		{"tag archive fr", "page-chrome", "Archives de la catégorie : Port"},
		{"teaser label es", "page-chrome", "Leé también: El puerto reabre tras la tormenta"},
		{"news banner", "page-chrome", "Breaking News"},
		{"story link", "page-chrome", "Next Story"},
		{"news banner es", "page-chrome", "ÚLTIMA HORA"},
		{"story link es", "page-chrome", "Siguiente noticia"},
		{"news banner fr", "page-chrome", "Dernière minute"},
		{"news banner de", "page-chrome", "Eilmeldung"},
		{"story link de", "page-chrome", "Nächste Meldung"},
		{"seo outro", "seo-filler", "Stay tuned to our website for more news about the island ferries."},
		{"seo outro", "seo-filler", "Thanks for reading! Share your thoughts in the comments below."},
		{"seo template", "seo-template", "Here is everything you need to know about the new ferry timetable."},
		{"seo template", "seo-template", "Which island is the prettiest? Read on to find out."},
		{"seo template", "seo-template", "To sum up, the island route is the cheapest way to travel."},
		{"seo template", "seo-template", "Final Verdict"},
		{"seo template fr", "seo-template", "Tout ce qu'il faut savoir sur le nouveau bac."},
		{"seo template de", "seo-template", "Alles, was Sie über die neue Fähre wissen müssen"},
		{"seo template es", "seo-template", "Todo lo que necesitas saber sobre el nuevo ferri."},
		{"seo template es", "seo-template", "En resumen, el ferri es la opción más barata."},
		{"every reader", "seo-filler", "Whether you're a seasoned sailor or a first-timer, the island route is easy to book."},
		{"every reader", "seo-filler", "Not sure which ferry to take? This guide has you covered."},
		{"every reader fr", "seo-filler", "Que vous soyez débutant ou passionné, voici nos conseils."},
		{"every reader de", "seo-filler", "Ob Anfänger oder Profi: So buchen Sie die Fähre."},
		{"every reader es", "seo-filler", "Ya seas principiante o experto, esta guía te ayuda."},
		{"archive label", "page-chrome", "From the archives (2019): Harbour ferry runs aground off the point"},
		{"archive label de", "page-chrome", "Aus dem Archiv: Wie die Fähre nach Sylt kam"},
		{"archive label es", "page-chrome", "De la hemeroteca (1998): El último ferri de la bahía"},
		{"typed label fr", "page-chrome", "Lire aussi (vidéo) : Le port rouvre après la tempête"},
		{"comment prompt es", "comment-form", "Coméntanos"},
		{"newsletter consent de", "page-chrome", "Ja, ich will den Newsletter erhalten."},
		{"ai refusal es", "ai-artifact", "Lo siento, no puedo acceder ni resumir directamente el contenido de enlaces externos."},
		{"ai refusal de", "ai-artifact", "Hier ist eine überarbeitete Version des Artikels:"},
		{"ai refusal en", "ai-artifact", "I'm unable to access the link, but here is what I know about the harbour."},
		{"seo intro de2", "seo-filler", "Dieser Ratgeber zeigt Ihnen, wie Sie den Hafen finden."},
		{"seo welcome es", "seo-filler", "¡Bienvenido a PuertoWeb, el lugar donde aprenderás todo sobre ferris!"},
		{"reading time de", "page-chrome", "Voraussichtliche Lesedauer: 17 Minuten"},
		{"furniture es", "page-chrome", "ÚNETE A NUESTRO BOLETÍN"},
		{"comment es", "comment-form", "No hay comentarios.:"},
		{"shortcode", "markup-leak", "[lwptoc] Der Hafen öffnet wieder."},
		{"ad shortcode", "markup-leak", "[ad_1] The harbour reopens on Monday."},
		{"comment count fr", "comment-form", "0 commentaire"},
		{"desk note mid-text", "editorial-note", "The pier opened in 1911. EDITOR: confirm the year."},
		{"php notice", "markup-leak", "Notice: Function _load_textdomain_just_in_time was called <strong>incorrectly</strong>. Translation loading was triggered too early."},
		{"php warning", "markup-leak", "Warning: Undefined variable $port in /var/www/html/wp-content/themes/x/single.php on line 12"},
		{"ai self", "ai-artifact", "However, I'm a large language model, so I don't have real-time access to the harbour's timetable."},
		{"ai self fr", "ai-artifact", "Je suis un modèle de langage et je n'ai pas accès aux informations en temps réel sur le port."},
		{"ai self de", "ai-artifact", "Ich bin ein großes Sprachmodell und habe keinen Zugriff auf Echtzeit-Daten des Hafens."},
		{"ai self es", "ai-artifact", "Soy un modelo de lenguaje y no tengo acceso a información en tiempo real sobre el puerto."},
		{"ai request", "ai-artifact", "Once you provide the text, I will:"},
		{"ai request fr", "ai-artifact", "Veuillez me fournir le texte que vous souhaitez résumer."},
		{"ai request de", "ai-artifact", "Sobald Sie mir den Text schicken, schreibe ich den Artikel."},
		{"ai request es", "ai-artifact", "Por favor, proporcióname el texto que quieres resumir."},
		{"ai fr", "ai-artifact", "Voici l'article réécrit à partir de vos notes."},
		{"ai de", "ai-artifact", "Hier ist der umgeschriebene Artikel über die Fährpreise."},
		{"ai es", "ai-artifact", "Aquí está el artículo reescrito sobre las tarifas del ferry."},
		// SEO intros.
		{"seo intro", "seo-filler", "This guide aims to delve into the reasons behind the fare rise."},
		{"seo intro", "seo-filler", "In this article, we will explore what the new timetable changes."},
		{"seo intro fr", "seo-filler", "Cet article vise à expliquer la hausse des tarifs."},
		{"seo intro de", "seo-filler", "In diesem Artikel erfahren Sie, was sich am Fahrplan ändert."},
		{"seo intro es", "seo-filler", "En este artículo vamos a repasar los nuevos horarios."},
		{"seo intro du", "seo-filler", "In diesem Blogpost erhältst du einen umfassenden Überblick über die Fähren."},
		{"seo intro es2", "seo-filler", "Hemos escrito este texto acerca de cómo funciona el nuevo horario."},
		{"seo intro fr2", "seo-filler", "Dans cet article, vous découvrirez les nouveaux horaires du bac."},
		{"seo greeting", "seo-filler", "Looking for the new ferry timetable? You're in the right place!"},
		{"seo outro", "seo-filler", "If you have any questions, feel free to leave a comment below."},
		{"seo outro", "seo-filler", "Don't forget to share this guide with your fellow commuters."},
		{"seo intro", "seo-filler", "Look no further than this page for the new ferry times."},
		{"seo outro de", "seo-filler", "Abschließende Gedanken"},
		{"seo outro de", "seo-filler", "Wir hoffen, dieser Artikel hat Ihnen bei der Wahl geholfen."},
		{"seo outro fr", "seo-filler", "Points clés à retenir"},
		{"seo outro fr", "seo-filler", "Nous espérons que cet article vous a aidé à choisir."},
		{"seo outro es", "seo-filler", "Reflexiones finales"},
		{"seo outro es", "seo-filler", "Esperamos que este artículo te haya sido útil."},
		{"faq heading fr", "faq-heading", "Questions fréquemment posées"},
		{"faq heading de", "faq-heading", "Häufige Fragen zum Strompreis"},
		{"faq heading es", "faq-heading", "Preguntas más frecuentes"},
		{"seo fields fr", "seo-score", "Phrase-clé principale : réouverture du pont"},
		{"seo fields de", "seo-score", "Fokus-Keyphrase: Brücke Wiedereröffnung"},
		{"seo fields es", "seo-score", "Frase clave objetivo: reapertura del puente"},
		// Calls to action.
		{"cta", "page-chrome", "If you enjoyed this article, sign up for our newsletter"},
		{"cta", "page-chrome", "JOIN US ON TELEGRAM"},
		{"cta fr", "page-chrome", "Rejoignez-nous sur Telegram pour suivre l'actualité du port"},
		{"cta de", "page-chrome", "Wenn Ihnen dieser Artikel gefallen hat, teilen Sie ihn"},
		{"cta es", "page-chrome", "Únete a nuestro canal de Telegram"},
		// Widget labels, alone and with the headline they head.
		{"widget", "page-chrome", "✦ Table of Contents ✦"},
		{"widget", "page-chrome", "More Stories"},
		{"widget", "page-chrome", "Related Tags"},
		{"widget", "page-chrome", "→ Read more: Lighthouse Keepers Return to Rock Island"},
		{"widget fr", "page-chrome", "À lire aussi : Le phare de l'île rouvre ses portes"},
		{"widget de", "page-chrome", "Mehr zum Thema"},
		{"widget es", "page-chrome", "Lo más leído"},
		{"share bar", "page-chrome", "Share this: Facebook X Email Like this: Like Loading..."},
		// Buttons: a table of contents with its show/hide button, shop
		// and affiliate boxes, WordPress.com like buttons, share buttons
		// glued to their counters.
		{"toc toggle", "page-chrome", "Table of Contents [hide]"},
		{"toc toggle fr", "page-chrome", "Table des matières Masquer"},
		{"toc toggle de", "page-chrome", "Inhaltsverzeichnis Toggle"},
		{"toc toggle es", "page-chrome", "Índice de contenidos Ocultar"},
		{"shop box", "page-chrome", "Tide table print 24.99 In stock Add to cart"},
		{"shop box fr", "page-chrome", "Carte marine 19,90 € Ajouter au panier"},
		{"shop box de", "page-chrome", "Seekarte 19,90 € Verfügbar In den Warenkorb"},
		{"shop box es", "page-chrome", "Carta náutica 19,90 € Añadir al carrito"},
		{"like buttons", "page-chrome", "%d bloggers like this:"},
		{"like buttons", "page-chrome", "LikeLiked by 12 people"},
		{"like buttons fr", "page-chrome", "%d blogueurs aiment cette page :"},
		{"like buttons de", "page-chrome", "%d Bloggern gefällt das:"},
		{"like buttons es", "page-chrome", "A %d blogueros les gusta esto:"},
		{"share counters", "page-chrome", "Share on Facebook7Tweet about this on Twitter"},
		{"social counters", "page-chrome", "34,541FansMe gusta"},
		{"social counters", "page-chrome", "1,851 Followers Follow 920 Subscribers Subscribe"},
		{"paywall", "page-chrome", "Il vous reste 78 % de cet article à lire."},
		{"paywall", "page-chrome", "This article is for subscribers only."},
		{"paywall es", "page-chrome", "ACCEDA YA SUSCRÍBASE YA"},
		{"paywall fr", "page-chrome", "La suite est réservée aux abonnés. Déjà inscrit ? Connectez-vous"},
		{"paywall fr", "page-chrome", "Prolongez votre lecture : 2 euros le premier mois"},
		{"paywall es", "page-chrome", "Esta funcionalidad es sólo para suscriptores del diario"},
		{"paywall es", "page-chrome", "Tu suscripción se está usando en otro dispositivo"},
		{"paywall de", "page-chrome", "Wenn Sie ein Abo haben, melden Sie sich hier an."},
		{"press wire de", "page-chrome", "Original-Content von: Hafenverband Nord, übermittelt durch news aktuell"},
		{"furniture fr", "page-chrome", "Vidéo suivante dans 8 secondes"},
		{"furniture fr", "page-chrome", "Commentaires récents"},
		{"furniture es", "page-chrome", "Cargando el reproductor..."},
		{"furniture es", "page-chrome", "En este momento estás viendo El puerto cambia de horario"},
		{"teaser label fr", "page-chrome", "Pour aller plus loin"},
		{"teaser label es", "page-chrome", "Quizás te interese"},
		{"teaser label de", "page-chrome", "Ebenfalls interessant:"},
		{"guide intro fr", "seo-filler", "Cet article vous expliquera pas à pas comment régler votre box."},
		{"guide intro de", "seo-filler", "Wie das geht, erfahren Sie in diesem Artikel."},
		{"guide intro es", "seo-filler", "En esta guía de compras repasamos los mejores modelos."},
		{"widget es", "page-chrome", "PUEDES VER: Ministro anuncia un nuevo peaje en la vía costera"},
		{"widget fr", "page-chrome", "Voir aussi : Les tarifs des cantines augmentent"},
		{"widget de", "page-chrome", "Mehr dazu: Stadtwerke senken den Gaspreis"},
		{"blog footer", "page-chrome", "Posted by Lena Moor at 6:42 PM 2 comments:"},
		{"blog footer", "page-chrome", "Email This BlogThis! Share to X Share to Facebook"},
		{"blog footer de", "page-chrome", "Eingestellt von Jonas Weber um 19:12 Keine Kommentare:"},
		{"blog footer es", "page-chrome", "Publicado por Ana Ruiz en 10:05 No hay comentarios:"},
		{"blog footer fr", "page-chrome", "Overblog Editer l'article Suivre ce blog Administration + Créer mon blog"},
		{"rating", "rating-widget", "[Total: 3 Average: 4.7]"},
		{"rating fr", "rating-widget", "Cliquez pour noter cet article !"},
		{"rating de", "rating-widget", "[Gesamt: 4 Durchschnitt: 4.3]"},
		{"rating es", "rating-widget", "¡Haz clic para puntuar esta entrada!"},
		{"ad break", "page-chrome", "Story continues below advertisement"},
		{"ad break fr", "page-chrome", "La suite après cette publicité"},
		{"ad break de", "page-chrome", "(Bitte lesen Sie unter der Karte weiter)"},
		{"ad break es", "page-chrome", "La noticia continúa después de la publicidad"},
		{"source link", "page-chrome", "Click here for the full story."},
		{"source link de", "page-chrome", "Hier geht's zum Artikel auf der Seite der Zeitung"},
		{"source link es", "page-chrome", "Lee la noticia completa"},
		{"newsletter", "page-chrome", "Sign up to our daily newsletter"},
		{"newsletter fr", "page-chrome", "Inscrivez-vous à la newsletter"},
		{"newsletter de", "page-chrome", "Jetzt zum Newsletter anmelden"},
		{"newsletter es", "page-chrome", "Suscríbete a la newsletter"},
		// Comment log-in lines.
		{"comment login", "comment-form", "You are commenting using your Mastodon account. Log Out / Change )"},
		{"comment login", "comment-form", "You are commenting using your account. Log Out / Change )"},
		{"comment login fr", "comment-form", "Vous commentez à l’aide de votre compte Facebook."},
		{"comment login de", "comment-form", "Du kommentierst mit Deinem Facebook-Konto."},
		{"comment login es", "comment-form", "Estás comentando usando tu cuenta de Facebook."},
		{"comment notice fr", "comment-form", "Ce site utilise Akismet pour réduire les indésirables."},
		{"comment notice de", "comment-form", "Benachrichtige mich über nachfolgende Kommentare via E-Mail."},
		{"comment notice es", "comment-form", "Aprende cómo se procesan los datos de tus comentarios."},
		{"comment status", "comment-form", "You can leave a response, or trackback from your own site."},
		{"comment status", "comment-form", "Both comments and pings are currently closed."},
		{"comment status de", "comment-form", "Kommentare sind geschlossen."},
		// Platform disclaimers.
		{"disclaimer", "page-chrome", "This page may include third-party content, provided for information purposes only."},
		{"disclaimer", "page-chrome", "The material is provided without warranty of any kind."},
		{"disclaimer fr", "page-chrome", "Cette page peut inclure du contenu de tiers fourni à des fins d'information uniquement."},
		{"disclaimer de", "page-chrome", "Diese Seite kann Inhalte von Drittanbietern enthalten und stellt keine Finanzberatung dar."},
		{"disclaimer es", "page-chrome", "Esta página puede incluir contenido de terceros con fines informativos únicamente."},
		// Editorial notes.
		{"editorial note", "editorial-note", "The ferry carried 900 people that day (needs verification)."},
		{"editorial note", "editorial-note", "The pier was built in 1911 [to be confirmed] by a local firm."},
		{"editorial note fr", "editorial-note", "Le quai date de 1911 (à vérifier)."},
		{"editorial note de", "editorial-note", "Der Kai stammt aus dem Jahr 1911 (bitte prüfen)."},
		{"editorial note es", "editorial-note", "El muelle data de 1911 (por verificar)."},
		// Instructions to the desk that wait on publication.
		{"desk instruction", "editorial-note", "Editor's note: check the ferry figures before publication."},
		{"desk instruction", "editorial-note", "The pier opened in 1911 (verify the year with the museum before this goes live)."},
		{"desk instruction fr", "editorial-note", "Note de la rédaction : vérifier les chiffres avant publication."},
		{"desk instruction de", "editorial-note", "Hinweis der Redaktion: Zahlen vor Veröffentlichung prüfen."},
		{"desk instruction es", "editorial-note", "Nota del editor: verificar las cifras antes de publicar."},
		{"seo score fr", "seo-score", "Note SEO : 88/100"},
		// A score out of five stars with its votes.
		{"rating", "rating-widget", "Rating: 4.5 out of 5 stars (128 reviews)"},
		{"rating fr", "rating-widget", "Évaluation : 4,5 sur 5 étoiles (128 avis)"},
		{"rating de", "rating-widget", "Bewertung: 4,5 von 5 Sternen (128 Bewertungen)"},
		{"rating es", "rating-widget", "Valoración: 4,5 de 5 estrellas (128 reseñas)"},
		// A ratings plugin's tally, star labels and score line.
		{"rating tally", "rating-widget", "1 Star2 Stars3 Stars4 Stars5 Stars (12 votes, average: 4.75 out of 5)"},
		{"rating tally de", "rating-widget", "1 Stern2 Sterne3 Sterne4 Sterne5 Sterne (4 Bewertungen, Durchschnitt: 5,00 von 5)"},
		{"rating tally fr", "rating-widget", "(7 votes, moyenne : 4,29 sur 5)"},
		{"rating tally es", "rating-widget", "(9 votos, promedio: 4,11 de 5)"},
		{"rating score", "rating-widget", "4.8/5 - (120 votes)"},
		{"rating score fr", "rating-widget", "5/5 - (33 votes)"},
		{"rating score with its label", "rating-widget", "Rating: 4.7/5 (129 votes cast)"},
		{"long cookie banner", "page-chrome", "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept all Manage preferences"},
		{"long cookie banner de", "page-chrome", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren Einstellungen"},
		{"share bar", "page-chrome", "Share Tweet Share Email Copy link"},
		{"rating score with its label de", "rating-widget", "Bewertung: 4,7/5 (129 Stimmen)"},
		// Placeholders with slot nouns.
		{"placeholder", "placeholder", "The new harbourmaster, [candidate’s name], starts in May."},
		{"placeholder", "placeholder", "[City, State] – Ferry fares will rise next month."},
		{"placeholder", "placeholder", "She will serve as the next [position] of the port board."},
		{"placeholder", "placeholder", "The hearing is set for [Hearing Date] at the town hall."},
		{"placeholder fr", "placeholder", "Le nouveau capitaine, [Nom du candidat], arrive en mai."},
		{"placeholder fr", "placeholder", "[Ville], le 3 mars – Le port rouvre."},
		{"placeholder de", "placeholder", "Mehr dazu finden Sie unter [Link einfügen]."},
		{"placeholder de", "placeholder", "Die Polizei meldete [Zahl] Verletzte."},
		{"placeholder es", "placeholder", "La naviera [Nombre de la empresa] cancela la ruta."},
		{"placeholder es", "placeholder", "El alcalde de [Ciudad] inauguró el muelle."},
		{"wiki edit link", "markup-leak", "History [edit]"},
		{"wiki edit link de", "markup-leak", "Geschichte [Bearbeiten | Quelltext bearbeiten]"},
		// Generated author blurbs.
		{"author blurb", "author-bio", "“Tea evangelist. Restless reader. Maker. Lifelong harbour enthusiast.”"},
		{"author link", "author-bio", "More articles by Jane Doe"},
		{"author link fr", "author-bio", "Plus d'articles de Marie Dupont"},
		{"author link de", "author-bio", "Weitere Artikel von Max Muster"},
		{"author link es", "author-bio", "Más artículos de Ana Ruiz"},
		{"ad label", "page-chrome", "Ad"},
		{"post navigation es", "page-chrome", "Artículo Anterior Artículo Siguiente"},
		{"see more label", "page-chrome", "SEE MORE: Harbour Reopens After Storm Repairs"},
		{"feed note", "page-chrome", "This post was originally published on this site"},
		{"star row", "rating-widget", "★★★★☆"},
		{"star row with score", "rating-widget", "Harbour Inn ★★★★☆ 4.2 (120)"},
		{"star row after a call", "rating-widget", "Rate this post: ★★★★★"},
		// Blog platforms' comment boxes and footers, scraper signatures.
		{"blogger comments", "comment-form", "No comments:"},
		{"blogger comments es", "comment-form", "ResponderEliminar"},
		{"blogger comments de", "comment-form", "Kommentar veröffentlichen"},
		{"breadcrumb", "page-chrome", "Home > Local > Harbour"},
		{"breadcrumb fr", "page-chrome", "Accueil » Régions » Bretagne »"},
		{"reading time", "page-chrome", "3 Mar, 2025 · 6 min read"},
		{"reading time es", "page-chrome", "5 minutos de lectura"},
		{"reading time fr", "page-chrome", "Temps de lecture : 4 min"},
		{"reading time de", "page-chrome", "Lesezeit: 3 Min."},
		{"read counter de", "page-chrome", "03.03.2025 120 mal gelesen 2 Kommentare"},
		{"copyright footer", "page-chrome", "© 2025 harbourweekly.example | About | Contact | Privacy"},
		{"feed footer", "page-chrome", "The post Ferry fares rise again appeared first on Harbour Weekly."},
		{"paywall fr", "page-chrome", "Pour poursuivre la lecture de ce contenu, abonnez-vous."},
		{"newsletter consent de2", "page-chrome", "Mit meiner Anmeldung zum Newsletter stimme ich den Bedingungen zu."},
		{"angle slot", "placeholder", "<PORT NAME> will reopen on Monday."},
		{"angle slot", "placeholder", "For details, write to <contact information>."},
		{"writer prompt", "ai-artifact", "As a seasoned journalist writing for commuters, I have drafted this report on fares."},
		{"guide intro de", "seo-filler", "In diesem umfassenden Leitfaden erklären wir die Fährpreise."},
		{"guide intro fr", "seo-filler", "Nous allons explorer en détail les nouveaux horaires."},
		{"guide intro es", "seo-filler", "Esta guía detallada explica los nuevos horarios del ferry."},
		// Spinner substitutions.
		{"spun", "spun-text", "The mayor was sworn into workplace on Monday."},
		{"spun names", "spun-text", "The White Home said the Supreme Courtroom would rule soon."},
		{"spun names", "spun-text", "Shares fell on Wall Avenue, the Related Press reported."},
		{"ai refusal en2", "ai-artifact", "I'm sorry, but I cannot fulfill the request to write about the ferry strike."},
		{"ai preamble en2", "ai-artifact", "Here is an article-style post designed to explain the new harbour fees."},
		{"seo roundup", "seo-filler", "In this roundup, we'll break down the week's biggest ferry news."},
		{"seo delves", "seo-filler", "This exploration delves into the history of the island's lighthouses."},
		{"paywall en", "page-chrome", "Content restricted. Requires subscription"},
		{"video error en", "page-chrome", "To play this video you need to enable JavaScript in your browser."},
		{"scraper link", "page-chrome", "Source link"},
		{"feed link", "page-chrome", "RSS"},
		{"ai no data", "ai-artifact", "Sorry, I can't provide real-time updates on the ferry strike because my training data only goes up to last year."},
		{"ai no source", "ai-artifact", "Since no source text was provided in the prompt, I cannot write a news article about the harbour."},
		{"ai thinking", "ai-artifact", "Wait, the user wants me to keep it short and avoid any markdown formatting."},
		{"back to top en", "page-chrome", "Back to top"},
		{"back to top de", "page-chrome", "Zurück nach oben"},
		{"back to top fr", "page-chrome", "Retour en haut de page"},
		{"back to top es", "page-chrome", "Volver arriba"},
		{"breadcrumb es", "page-chrome", "Estás en: > >"},
		{"topics es", "page-chrome", "TEMAS RELACIONADOS"},
		{"topics de", "page-chrome", "Verwandte Themen"},
		{"weather box", "page-chrome", "12 ° / 4 ° bewölkt"},
		{"weather box en", "page-chrome", "18°C / 9°C Sunny"},
		{"shortcode attrs", "markup-leak", "The fares rise in May. [notice type=”warning”]Check the timetable.[/notice]"},
		{"feed footer empty", "page-chrome", "The post Ferry fares rise in May appeared first on ."},
		{"comment notice ch", "comment-form", "Deine E-Mailadresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert."},
		{"paywall trial de", "page-chrome", "Jetzt mit Ihrer Registrierung 1 Monat gratis testen und alle Beiträge lesen."},
		{"section link de", "page-chrome", "Mehr Wirtschafts-Themen finden Sie hier"},
		{"teaser label de", "page-chrome", "Interessante Artikel"},
		{"teaser label fr", "page-chrome", "À voir aussi"},
		{"teaser label es", "page-chrome", "Otras noticias"},
		{"follow cta", "page-chrome", "Follow us on our official WhatsApp channel for alerts on ferry delays!"},
		{"follow cta outlet", "page-chrome", "Follow the Harbour Gazette on Google News"},
		{"follow cta es", "page-chrome", "Síguenos en nuestro canal de WhatsApp y recibe las noticias del puerto"},
		{"follow cta fr", "page-chrome", "Suivez-nous sur Instagram pour ne rien manquer"},
		{"follow cta de", "page-chrome", "Folgen Sie uns auf WhatsApp und verpassen Sie keine Nachricht zum Hafen."},
		{"archive banner", "page-chrome", "This article is more than 6 years old"},
		{"view counter es", "page-chrome", "Visitas: 1.204"},
		{"view counter de", "page-chrome", "Aufrufe: 312"},
		{"video label", "page-chrome", "Most watched News videos"},
		{"teaser label en", "page-chrome", "People Also Read"},
		{"section label en", "page-chrome", "Next In World"},
		{"section label en2", "page-chrome", "More in Business News"},
	}
	for _, c := range tagged {
		if _, ok := classes(c.text)[c.class]; !ok {
			t.Errorf("%s: %q: want a %s tag, got %v", c.family, c.text, c.class, classes(c.text))
		}
	}
	silent := []struct{ class, text string }{
		{"seo-filler", "Whether the ferry runs on Sunday depends on the wind, the operator said."},
		{"seo-filler", "The insurance has you covered only if the crossing was booked in advance."},
		{"seo-filler", "Residents were told to stay tuned to local radio for updates on the ferry."},
		{"seo-template", "The minister said that, to sum up his view, the ferry was too expensive."},
		{"seo-template", "The verdict was final, the judge said."},
		{"seo-template", "Ils veulent tout savoir sur le nouveau bac."},
		{"page-chrome", "Breaking news of the ferry's return spread along the quay."},
		{"page-chrome", "La última hora del ferri sale a las diez."},
		{"page-chrome", "Archives of the harbour board: letters show the ferry ran at a loss."},
		{"page-chrome", "The archive (a converted warehouse) holds 40,000 photographs."},
		{"page-chrome", "Les abonnés au service de bac ont vu leur tarif baisser, a indiqué la compagnie."},
		{"page-chrome", "Pour aller plus loin dans la réforme, le maire a demandé un vote lundi."},
		{"page-chrome", "La naviera dijo que las tarifas relacionadas con el puerto subirán en marzo."},
		{"page-chrome", "Der Verband sagte, wer ein Abo für die Fähre habe, zahle künftig weniger."},
		{"seo-filler", "Le rapport vous expliquera moins que la réunion de lundi, a dit le maire."},
		{"ai-artifact", "Okay, here's the thing about ferries, the captain said."},
		{"ai-artifact", "The title of the report was decided on Tuesday."},
		{"ai-artifact", "Title IX cases rose last year, the department said."},
		{"ai-artifact", "The court asked the firm to provide the text of the contract by Friday."},
		{"ai-artifact", "Once you provide the documents, the office will issue a permit, the clerk said."},
		{"seo-filler", "Investigators will delve into the records next week."},
		{"seo-filler", "Residents were told to feel free to ask the council about the plan."},
		{"seo-filler", "Officials said they would look no further than the harbour for the cause."},
		{"seo-score", "Lesbarkeit sei für Behörden wichtig, sagte die Sprecherin."},
		{"seo-score", "La note SEO du site a baissé, selon l'agence."},
		{"seo-filler", "Die abschließenden Gedanken des Romans kreisen um den Hafen."},
		{"seo-filler", "Les réflexions finales du comité seront publiées lundi."},
		{"page-chrome", "Readers who follow us on the radio will know the story."},
		{"page-chrome", "More than 400 blocks were replaced."},
		{"page-chrome", "Related charges were dropped on Friday."},
		{"page-chrome", "Most shoppers who add to cart never pay, the survey found."},
		{"page-chrome", "The post was liked by 4,000 people in a day."},
		{"page-chrome", "Readers who subscribe to the newsletter rose by a third last year, the publisher said."},
		{"page-chrome", "Subscribers said the newsletter had become shorter."},
		{"page-chrome", "The story continues below the surface, the diver said."},
		{"rating-widget", "The total was 4, against an average of 3 last year."},
		{"page-chrome", "Posted by a resident at 10:05 pm, the video drew 40 comments."},
		{"page-chrome", "The club's 40,000 fans like the new coach, a poll found."},
		{"page-chrome", "Ver más de cerca el puerto permitió entender el problema."},
		{"page-chrome", "Several bloggers like this approach to the survey."},
		{"page-chrome", "Les clients qui veulent ajouter au panier un second article paient moins."},
		{"page-chrome", "He said he would share on Facebook what the council decided."},
		{"comment-form", "You are using your own account of events, the judge told him."},
		{"comment-form", "Comments are closed on the council's website until the vote, officials said."},
		{"editorial-note", "The figure needs verification, the auditor said."},
		{"editorial-note", "Officials said the toll is still to be verified."},
		{"editorial-note", "The agency said it would check the figures before publication of the report."},
		{"editorial-note", "Die Behörde will die Zahlen vor der Veröffentlichung prüfen, sagte ein Sprecher."},
		{"editorial-note", "Le ministère doit vérifier les chiffres avant publication, a-t-il dit."},
		{"rating-widget", "The hotel has 4.5 out of 5 stars from 128 reviews on the site, the owner said."},
		{"seo-filler", "The minister said the plan was in the right place, if late."},
		{"seo-filler", "Die Behörde will einen umfassenden Überblick über die Fähren geben."},
		{"editorial-note", "MANAGING EDITOR: Jane Doe"},
		{"markup-leak", "A notice: the ferry was called off on line 12 of the timetable."},
		{"seo-filler", "Bienvenido a Sevilla, dijo el alcalde al rey."},
		{"page-chrome", "Posts tagged by readers were removed by the moderators, the site said."},
		{"page-chrome", "Archive for the harbour was opened to the public in 1990."},
		{"rating-widget", "The jury gave the film 4/5 (two votes against) on Friday."},
		{"rating-widget", "The council's 12 votes, on average 4.5 a session, were counted."},
		{"rating-widget", "Hotels rated 1 star, 2 stars or 3 stars will pay less tax."},
		{"placeholder", "[Date] April 15, 2024"},
		{"page-chrome", "Back to top of the league, the club climbed after the win."},
		{"page-chrome", "Die Navigation der Fähre fiel am Montag aus."},
		{"page-chrome", "Temperatures of 30 ° / 35 ° are expected, forecasters said."},
		{"markup-leak", "The court cited [section 4] and [the 2019 ruling] in its order."},
		{"ai-artifact", "The user asked for a refund, the airline said, and got one within a week."},
		{"placeholder", "« Nous allons rénover [le quai] d'ici 2027 », a-t-il dit."},
		{"placeholder", "„Wir werden [den Hafen] ausbauen“, sagte sie."},
		{"placeholder", "«Vamos a ampliar [el muelle] este año», dijo."},
		{"placeholder", "“They told us [the company] would close the yard,” he said."},
		{"author-bio", "He is a writer. She is a reader. They met in Oslo."},
		{"author-bio", "Tous les articles de la loi ont été adoptés mardi."},
		{"author-bio", "Alle Artikel von Gewicht wurden geprüft, sagte er."},
		{"spun-text", "Workplace safety rules took effect in May."},
		{"comment-form", "There were no comments from the council on Monday."},
		{"rating-widget", "Harbour Lights (2025) ★★★★"},
		{"rating-widget", "Drone ★★☆☆"},
		{"page-chrome", "The ad ran for a week."},
		{"page-chrome", "See more of the harbour from the new pier, the mayor said."},
		{"page-chrome", "Home sales fell for the third month, the agency said."},
		{"page-chrome", "The crossing takes 17 minutes, and passengers have time to read a paper."},
		{"page-chrome", "The report, a 40-page read, was published on Monday."},
		{"placeholder", "Prices rose <5% and the line <br> closed."},
		{"ai-artifact", "As an experienced journalist, she said, the mayor knew what to expect."},
		{"seo-filler", "« Nous allons explorer toutes les options », a déclaré le ministre."},
		{"page-chrome", "Die Zahl der Leser, die den Newsletter erhalten, stieg."},
		{"markup-leak", "The band played [edit] versions of their songs at the fair."},
		{"spun-text", "They bought a white home near the supreme court on Wall Street."},
		{"spun-text", "The Google Home Speaker sold out in a day."},
		{"spun-text", "See the Related Press Releases below."},
		{"page-chrome", "The museum's director said the source link between the two archives had been lost."},
		{"seo-filler", "The inquiry delves into the harbour board's accounts, the auditor said."},
		{"page-chrome", "The RSS reader the council uses was built in 2009."},
		{"page-chrome", "Mehr Geld für die Fähre finden Sie hier nicht, sagte der Bürgermeister."},
		{"comment-form", "Die Namen der Zeugen wird das Gericht nicht veröffentlichen, sagte die Richterin."},
		{"page-chrome", "Interessante Artikel über die Fähre schrieb der Reporter jahrelang."},
		{"page-chrome", "Follow-up talks on X's new fee structure begin on Monday, the regulator said."},
		{"page-chrome", "Join the queue on the pier and you will wait on WhatsApp for an answer, riders say."},
		{"page-chrome", "Folgen Sie der Debatte, sagte die Ministerin auf X, und prüfen Sie die Zahlen."},
		{"page-chrome", "The video was the most watched of the year on the council's channel."},
	}
	for _, c := range silent {
		if got, ok := classes(c.text)[c.class]; ok {
			t.Errorf("%q: want no %s tag, got %q", c.text, c.class, got)
		}
	}
}

// TestNeedsNeverSkipAMatch runs the built-in patterns on every line of the
// test articles, as written, upper-cased and lower-cased, once behind
// their needs and once on every line: the needs may only skip lines
// where nothing would be found.
func TestNeedsNeverSkipAMatch(t *testing.T) {
	lex := lexicontest.Builtin(t)
	lines := 0
	err := filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(src), "\n") {
			for _, text := range []string{l, strings.ToUpper(l), strings.ToLower(l)} {
				toks := lexicon.Tokenize(text)
				got, want := lex.Match(text, toks), lexicon.MatchEveryPattern(lex, text, toks)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %q:\nwith needs %v\nwithout    %v", path, text, got, want)
				}
			}
			lines++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if lines < 1000 {
		t.Fatalf("only %d lines read", lines)
	}
}
