/**
 * Built-in English background for `suggest` when only one document is given.
 *
 * Origin: written for this project from general knowledge of English word
 * frequency (no external list was copied). It holds about 2374 common
 * English words in approximate descending order of frequency in general text
 * (news, fiction, web prose); inflected forms and exact ranks are
 * approximate, which is fine for its one use: telling everyday words apart from
 * topical ones. Words are listed once, lowercase, without hyphens. Topical
 * medical words (cramp, spasm, electrolyte, magnesium...) are deliberately absent:
 * they are rarer than any word listed here.
 *
 * Relative frequencies are not stored; they follow Zipf's law from the rank
 * (see zipfFrequency below), which fits English word counts well.
 */
const WORDS = `
the be to of and a in that have i it for not on with he as you do at this but his by from they we
say her she or an will my one all would there their what so up out if about who get which go me when
make can like time no just him know take people into year your good some could them see other than
then now look only come its over think also back after use two how our work first well way even new
want because any these give day most us is was are were been has had did said made find here thing
many tell very through life child where down may should call world school still try last ask need
too feel three state never become between high really something another family own leave put old
while mean keep student why let great same big group begin seem country help talk turn problem every
start hand might american show part against place such again few case week company system each right
program hear question during play government run small number off always move night live point
believe hold today bring happen next without before large million must home under water room write
mother area national money story young fact month different lot study book eye job word business
issue side kind four head far black long both little house yes since provide service around friend
important father sit away until power hour game often yet line political end among ever stand bad
lose however member pay law meet car city almost include continue set later community much name five
once white least president learn real change team minute best several idea kid body information
nothing ago lead social understand whether watch together follow parent stop face anything create
public already speak others read level allow add office spend door health person art sure war
history party within grow result open morning walk reason low win research girl guy early food
moment himself air teacher force offer enough education across although remember foot second boy
maybe toward able age policy everything love process music including consider appear actually buy
probably human wait serve market die send expect sense build stay fall oh nation plan cut college
interest death course someone experience behind reach local kill six remain effect yeah suggest
class control raise care perhaps late hard field else pass former sell major sometimes require along
development themselves report role better economic effort decide rate strong possible heart drug
leader light voice wife whole police mind finally pull return free military price less according
decision explain son hope develop view relationship carry town road drive arm true federal break
difference thank receive value international building action full model join season society tax
director position player agree especially record pick wear paper special space ground form support
event official whose matter everyone center couple site project hit base activity star table court
produce eat teach oil half situation easy cost industry figure street image itself phone either data
cover quite picture clear practice piece land recent describe product doctor wall patient worker
news test movie certain north personal simply third technology catch step baby computer type
attention draw film tree source red nearly organization choose cause hair century evidence window
difficult listen soon culture billion chance brother energy period summer realize hundred available
plant likely opportunity term short letter condition choice single rule daughter administration
south husband floor campaign material population economy medical hospital church close thousand risk
current fire future wrong involve defense anyone increase security bank myself certainly west sport
board seek per subject officer private rest behavior deal performance fight throw top quickly past
goal bed order author fill represent focus foreign drop blood upon agency push nature color recently
store reduce sound note fine near movement page enter share common poor natural race concern series
significant similar hot language usually response dead rise animal factor decade article shoot east
save seven artist scene stock career despite central eight thus treatment beyond happy exactly
protect approach lie size dog fund serious occur media ready sign thought list individual simple
quality pressure accept answer resource identify left meeting determine prepare disease whatever
success argue cup particularly amount ability staff recognize indicate character growth loss degree
wonder attack herself region television box training pretty trade election everybody physical lay
general feeling standard bill message fail outside arrive analysis benefit sex forward lawyer
present section environmental glass skill sister professor operation financial crime stage ok
compare authority miss design sort act ten knowledge gun station blue strategy clearly discuss
indeed truth song example democratic check environment leg dark various rather laugh guess executive
prove hang entire rock forget claim remove manager enjoy network legal religious cold final main
science green memory card above seat cell establish nice trial expert spring firm radio visit
management avoid imagine tonight huge ball finish yourself theory impact respond statement maintain
charge popular traditional onto reveal direction weapon employee cultural contain peace pain apply
measure wide shake fly interview manage chair fish particular camera structure politics perform bit
weight suddenly discover candidate production treat trip evening affect inside conference unit style
adult worry range mention deep edge specific writer trouble necessary throughout challenge fear
shoulder institution middle sea dream bar beautiful property instead improve stuff detail method
somebody magazine hotel soldier reflect heavy sexual bag heat marriage tough sing surface purpose
exist pattern whom skin agent owner machine gas ahead generation commercial address cancer item
reality coach mrs yard beat violence total tend investment discussion finger garden notice
collection modern task partner positive civil kitchen consumer shot budget wish painting scientist
safe agreement capital mouth nor victim newspaper threat responsibility smile attorney score account
interesting audience rich dinner vote western relate travel debate prevent citizen majority none
front born admit senior assume wind key professional mission fast alone customer suffer speech
successful option participant southern fresh eventually forest video global senate reform access
restaurant judge publish relation release bird opinion credit critical corner concerned recall
version stare safety effective neighborhood original troop income directly hurt species immediately
track basic strike sky freedom absolutely plane nobody achieve object attitude labor refer concept
client powerful perfect nine therefore conduct announce conversation examine touch please attend
completely variety sleep involved investigation nuclear researcher press conflict spirit replace
british encourage argument camp brain feature afternoon weekend dozen possibility insurance
department battle beginning date generally african sorry crisis complete fan stick define easily
hole element vision status normal chinese ship solution stone slowly scale university introduce
driver attempt park spot lack ice boat drink sun distance wood handle truck mountain survey supposed
tradition winter village soviet refuse sales roll communication screen gain resident hide gold club
farm potential european presence independent district shape reader contract crowd christian express
apartment willing strength previous band obviously horse interested target prison ride guard terms
demand reporter deliver text tool wild vehicle observe flight facility understanding average emerge
advantage quick leadership earn pound basis bright operate guest sample contribute tiny block
protection settle feed collect additional highly identity title mostly lesson faith river promote
living count unless marry tomorrow technique path ear shop folk principle survive lift border
competition jump gather limit fit cry equipment worth associate critic warm aspect insist failure
annual french christmas comment responsible affair procedure regular spread chairman baseball soft
ignore egg belief demonstrate anybody murder gift religion review editor engage coffee document
speed cross influence anyway threaten commit female youth wave afraid quarter background native
broad wonderful deny apparently slightly reaction twice suit perspective growing blow construction
intelligence destroy cook connection burn shoe grade context committee hey mistake location clothes
indian quiet dress promise aware neighbor function bone active extend chief combine wine below cool
voter learning bus hell dangerous remind moral united category relatively victory academic internet
healthy negative following historical medicine tour depend photo finding grab direct classroom
contact justice participate daily fair pair famous exercise knee flower tape hire familiar
appropriate supply fully actor birth search tie democracy eastern primary yesterday circle device
progress bottom island exchange clean studio train lady colleague application neck lean damage
plastic tall plate hate otherwise writing male alive expression football intend chicken army abuse
theater shut map extra session danger welcome domestic lots literature rain desire assessment injury
respect northern nod paint fuel leaf dry russian instruction pool climb sweet engine fourth salt
expand importance metal fat ticket software disappear corporate strange lip reading urban mental
increasingly lunch educational somewhere farmer sugar planet favorite explore obtain enemy greatest
complex surround athlete invite repeat carefully soul scientific impossible panel meaning mom
married instrument predict weather presidential emotional commitment supreme bear pocket thin
temperature surprise poll proposal consequence breath sight balance adopt minority straight connect
works teaching belong aid advice okay photograph empty regional trail novel code somehow organize
jury breast iraqi acknowledge theme storm union desk thanks fruit expensive yellow conclusion prime
shadow struggle conclude analyst dance regulation being ring largely shift revenue mark locate
county appearance package difficulty bridge recommend obvious basically email generate anymore
propose thinking possibly trend visitor loan currently comfortable investor profit angry crew
accident meal hearing traffic muscle notion capture prefer truly earth japanese chest thick cash
museum beauty emergency unique internal ethnic link stress content select root nose declare
appreciate actual bottle hardly setting launch file sick outcome ad defend duty sheet ought ensure
catholic extremely extent component mix slow contrast zone wake airport brown shirt pilot warn
ultimately cat contribution capacity ourselves estate guide circumstance snow english politician
steal pursue slip percentage meat funny neither soil surgery correct jewish blame estimate due
basketball golf investigate crazy significantly chain branch combination frequently governor relief
user dad kick manner ancient silence rating golden motion german gender solve fee landscape used
bowl equal forth frame typical except conservative eliminate host hall trust ocean row producer
afford meanwhile regime division confirm fix appeal mirror tooth smart length entirely rely topic
complain variable telephone perception attract confidence bedroom secret debt rare tank nurse
coverage opposition aside anywhere bond pleasure master era requirement fun expectation wing
separate somewhat pour stir judgment beer reference tear doubt grant seriously minister totally hero
industrial cloud stretch winner volume seed surprised fashion pepper busy intervention copy tip
cheap aim cite welfare vegetable gray dish beach improvement everywhere opening overall divide
initial terrible oppose contemporary route multiple essential league criminal careful core upper
rush necessarily specifically tired employ holiday vast resolution household fewer abortion apart
witness match barely sector representative beneath beside incident limited proud flow faculty
increased waste merely mass emphasize experiment definitely bomb enormous tone liberal massive
engineer wheel decline invest cable towards expose rural aids jew narrow cream secretary gate solid
hill typically noise grass unfortunately hat legislation succeed celebrate achievement fishing
accuse useful reject talent taste characteristic milk escape cast sentence unusual closely convince
height physician assess plenty virtually addition sharp creative lower approve explanation gay
campus proper guilty acquire compete technical plus immigrant weak illegal hi alternative
interaction column personality signal curriculum honor passenger assistance forever regard israeli
association twenty knock wrap lab display criticism asset depression spiritual musical journalist
prayer suspect scholar warning climate cheese observation childhood payment sir permit cigarette
definition priority bread creation graduate request emotion scream dramatic universe gap excellent
deeply prosecutor lucky drag airline library agenda recover factory selection primarily roof unable
expense initiative diet arrest funding therapy wash schedule sad brief housing post purchase
existing steel regarding shout remaining visual fairly chip violent silent suppose self bike tea
perceive comparison settlement layer planning description slide widely wedding inform portion
territory immediate opponent abandon lake transform tension leading bother consist alcohol enable
bend saving desert shall error cop arab double sand spanish print preserve passage formal transition
existence album participation arrange atmosphere joint reply cycle opposite lock deserve consistent
resistance discovery exposure pose stream sale pot grand mine hello coalition tale knife resolve
racial phase joke coat mexican symptom manufacturer philosophy potato foundation quote online
negotiation urge occasion dust breathe elect investigator jacket glad ordinary reduction rarely pack
suicide numerous substance discipline elsewhere iron practical moreover passion volunteer implement
essentially gene enforcement vs sauce independence marketing priest amazing intense advance employer
shock inspire adjust retire visible kiss illness cap habit competitive juice congressional
involvement dominate previously whenever transfer analyze attach disaster parking prospect boss
complaint championship fundamental severe enhance mystery impose poverty entry spending king
evaluate symbol maker mood accomplish emphasis illustrate boot monitor asian entertainment bean
evaluation creature commander digital arrangement concentrate usual anger psychological heavily peak
approximately increasing disorder missile equally vary wire round distribution transportation holy
twin command commission interpretation breakfast strongly engineering luck constant clinic veteran
smell tablespoon capable nervous tourist toss crucial bury pray tomato exception butter deficit
bathroom objective electronic ally journey reputation mixture surely tower smoke confront pure
glance dimension toy prisoner fellow smooth nearby peer designer personnel educator relative
immigration belt teaspoon birthday implication perfectly coast supporter accompany silver teenager
recognition retirement flag recovery whisper gentleman corn moon inner junior throat salary swing
observer publication crop dig permanent phenomenon anxiety unlike wet literally resist convention
embrace assist exhibition construct viewer pan consultant administrator occasionally mayor
consideration ceo secure pink buck historic poem grandmother bind fifth constantly enterprise favor
testing stomach apparent weigh install sensitive suggestion mail recipe reasonable preparation
wooden elementary concert aggressive false intention channel extreme tube drawing protein quit
absence latin rapidly jail diversity honest palestinian pace employment speaker impression essay
respondent giant cake historian negotiate restore substantial pop specialist origin approval quietly
advise conventional depth wealth disability shell biological onion deputy flat brand award criteria
dealer via utility precisely arise armed nevertheless highway clinical routine wage normally phrase
ingredient stake muslim fiber activist islamic snap terrorism refugee incorporate hip ultimate
switch corporation valuable assumption gear barrier minor provision killer assign gang developing
classic chemical label teen index vacation advocate draft extraordinary heaven rough yell pregnant
distant drama satellite personally clock chocolate italian canadian ceiling sweep advertising
universal spin button bell rank darkness clothing super yield fence portrait survival roughly
lawsuit testimony bunch found burden react chamber furniture cooperation string ceremony cheek
profile mechanism penalty resort destruction tissue pant broken
`;

/** Background words in rank order (index 0 = most frequent). */
export const BACKGROUND_WORDS: readonly string[] = WORDS.split(/\s+/).filter(Boolean);

/**
 * Zipf's law for English: the word of rank r takes about 0.07 / r of all running
 * words ("the" ≈ 7 %, rank 100 ≈ 0.07 %, rank 2,000 ≈ 0.0035 %).
 */
export const ZIPF_CONSTANT = 0.07;

/** Relative frequency of the word at 0-based rank index `index`. */
export function zipfFrequency(index: number): number {
  return ZIPF_CONSTANT / (index + 1);
}
