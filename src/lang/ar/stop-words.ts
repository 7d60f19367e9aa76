/**
 * Arabic function words, normalized (see normalize.ts): prepositions, conjunctions, pronouns,
 * particles and the commonest auxiliaries. The clitic analysis refuses to read a stop word as
 * the stem of a longer word (`كوفي` is not ك + `وفي`), and the tagger uses membership as a feature.
 */

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'في من الي علي عن مع الا او ام ثم حتي اذا اذ ان انه انها انهم لان لانه كان كانت يكون تكون ' +
    'ليس ليست لم لن لا ما ماذا متي اين كيف هل قد لقد سوف ذلك تلك هذا هذه هؤلاء اولئك هنا هناك ' +
    'الذي التي الذين اللذان اللتان اللواتي اللاتي هو هي هم هن هما انا نحن انت انتم انتما انتن ' +
    'له لها لهم لهن لنا لي لك لكم به بها بهم بي بك بنا فيه فيها فيهم منه منها منهم عنه عنها ' +
    'عليه عليها عليهم اليه اليها اليهم بين بعد قبل عند عندما حين حيث لدي لدى امام خلال ضد ' +
    'دون غير سوي كل بعض اي ايضا فقط حول نحو مثل منذ وفي ومن والي وعلي وعن ومع وان وقد ولا ' +
    'وما وهو وهي وهم فان فقد فلا فما كما لكن لكنه بل او اما وكان وكانت فيما بينما كذلك ' +
    'عبر لدي تجاه وفق جدا ايضاً يا اما'
  ).split(/\s+/),
);
