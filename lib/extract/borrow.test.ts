import { describe, expect, it } from 'vitest';
import type { Article } from '../content/schema';
import { extractArticle } from './index';

/** A two-line article about invented people, published on a fixed day. */
const article = (body: string): Article => ({
  slug: 'borrow-test',
  title: 'Borrow test',
  outlet: 'Test Wire',
  date: '2031-03-14',
  url: null,
  authors: [],
  body,
});

const datesOf = (body: string, kind: string) =>
  extractArticle(article(body))
    .filter((m) => m.kind === kind)
    .map((m) => `${m.date.start}/${m.date.precision}`);

describe('borrowing dates between sentences of one article', () => {
  it('dates an arrival by the first day of the stay told elsewhere', () => {
    const body =
      'President Ivo Alder paid a state visit to Havana on Wednesday and Thursday.\n' +
      'Alder arrived in Havana from Lima and was greeted by officials.\n';
    expect(datesOf(body, 'visit')).toEqual(['2031-03-12/days', '2031-03-12/day']);
  });

  it('dates a summit told by one side by the summit told by the other', () => {
    const body =
      'His meeting this week with President Ivo Alder has sent unmistakable signals.\n' +
      'Although few details have emerged about the leaders’ discussions, the summit in the Far East could presage a new alliance for Prime Minister Vera Birch.\n';
    expect(datesOf(body, 'summit')).toEqual(['2031-03-10/days', '2031-03-10/days']);
  });

  it("dates a state's words through its own media by the day of the report", () => {
    const body =
      'BRUM, March 12 (Wire) -- Officials spoke about the trip.\n' +
      "France's official news agency said the minister will visit Brum soon.\n";
    const found = extractArticle(article(body)).filter((m) => m.kind === 'announcement');
    expect(found.map((m) => [m.speaker?.name, `${m.date.start}/${m.date.precision}`])).toEqual([
      ['France', '2031-03-12/day'],
    ]);
  });

  it('dates a trip made by the meeting its traveller held there, not by an earlier one', () => {
    const body =
      'On Wednesday, Security Council Secretary Ivo Dorn met with Cuban leader Kim Alder in Havana.\n' +
      'This marks Dorn’s second visit to Havana in just over two months.\n' +
      'During his previous visit on January 21, Dorn also met with Alder.\n' +
      'Dorn’s visit also comes as a new minister takes office.\n';
    // Wednesday before the Friday article.
    expect(datesOf(body, 'visit')).toEqual(['2031-03-12/day', '2031-01-21/day', '2031-03-12/day']);
  });

  it('dates an acceptance told with its invitation by the invitation, not by the report', () => {
    const body =
      'President Alder invites Prime Minister Birch to visit; Birch accepts: state media\n' +
      'ARDEN, March 14 (Wire) -- President Alder has invited Prime Minister Birch to visit his country during their summit, and Birch accepted the invitation, state media reported Thursday.\n' +
      'Alder made the offer at an official dinner with Birch on Wednesday after their summit at the space centre.\n';
    // Wednesday before the Friday article: 12 March; Thursday (13 March) is when it was reported.
    expect(datesOf(body, 'confirmation')).toEqual(['2031-03-12/day', '2031-03-12/day']);
    expect(datesOf(body, 'invitation')[0]).toBe('2031-03-12/day');
  });

  it('keeps the day of the statement when someone else says the invitation was accepted', () => {
    const body =
      'ARDEN, March 14 (Wire) -- Officials spoke about the trip.\n' +
      '"Birch accepted the invitation," a senior official said on Thursday.\n';
    expect(datesOf(body, 'confirmation')).toEqual(['2031-03-13/day']);
  });

  it('leaves an acceptance with no time anywhere undated, whatever the dateline says', () => {
    const body =
      'ARDEN, March 14 (Wire) -- Prime Minister Birch has accepted an invitation to attend the anniversary celebrations in Arden.\n';
    expect(datesOf(body, 'confirmation')).toEqual(['2031-03-14/unknown']);
  });

  it('dates a welcome by the arrival it greets', () => {
    const body =
      'Minister Cole greeting Minister Dunn upon his arrival at Arden airport\n' +
      'Led by Minister Dunn, the delegation landed in Arden on Tuesday evening, state media said.\n' +
      'Pictures show Dunn being greeted by his counterpart Cole at the airport.\n';
    // Tuesday before the Friday article.
    expect(datesOf(body, 'meeting')).toEqual(['2031-03-11/day', '2031-03-11/day']);
  });

  it('does not date talks by a "today" inside a quotation', () => {
    const body =
      'During a meeting with ministers, Dunn said: ‘I am convinced that today’s talks will help our cooperation.’\n';
    expect(datesOf(body, 'meeting')).toEqual(['2031-03-14/unknown']);
  });

  it('spans a trip told as ending from its dated arrival to the day of the report', () => {
    const body =
      'President Alder returns home after visit to Arden - state media\n' +
      'Alder arrived in Arden on Tuesday and has held talks with officials.\n' +
      'Alder is on his way back home after concluding a trip to Arden, state media said.\n';
    expect(datesOf(body, 'visit')).toEqual([
      '2031-03-11/days',
      '2031-03-11/day',
      '2031-03-11/days',
    ]);
    const [first] = extractArticle(article(body)).filter((m) => m.kind === 'visit');
    expect(first.date.end).toBe('2031-03-14');
  });

  it('does not date a trip under way by an earlier trip told elsewhere', () => {
    const body =
      'Asked about a meeting with Foreign Minister Dunn, who is visiting Arden these days, the spokesman declined to comment.\n' +
      'President Alder visited Bree last September.\n';
    expect(datesOf(body, 'visit')).toEqual(['2031-03-14/unknown', '2030-09-01/month']);
  });

  it('dates an invitation held by a guest by the invitation extended to him for that place', () => {
    const body =
      '"President Tom Alder has an effective invitation to pay an official visit to Bree," the spokesman said.\n' +
      'Prime Minister Ann Birch invited Alder to pay a visit to Bree during his trip to Arden last September.\n';
    expect(datesOf(body, 'invitation')).toEqual(['2030-09-01/month', '2030-09-01/month']);
  });

  it('leaves a happening told as earlier undated instead of lending it a later day', () => {
    const body =
      'Governor Ann Birch said she was meeting Tom Alder on Friday to discuss school exchanges.\n' +
      'Earlier, Tom Alder was said to have held discussions with Ann Birch on security.\n';
    expect(datesOf(body, 'meeting')).toEqual(['2031-03-14/day', '2031-03-14/unknown']);
  });

  it('does not date talks planned during a trip by the day the trip began', () => {
    const body =
      'President Tom Alder arrived in Bree on Friday, a government source said.\n' +
      '"During the visit, the top leaders of the two countries will have a meeting," the agency said.\n';
    expect(datesOf(body, 'summit')).toEqual(['2031-03-14/unknown']);
  });

  it('tells no meeting "ahead of" an arrival; the talks told later carry their own day', () => {
    const body =
      'President Tom Alder arrived in Bree on Friday aboard his train, the ministry said, ahead of an expected meeting with President Ann Birch.\n' +
      'The two leaders will hold talks on Monday, the ministry said.\n';
    expect(datesOf(body, 'summit')).toEqual(['2031-03-17/day']);
  });

  it('dates a headline\'s "X to visit" by the planned trip its lede dates', () => {
    const body =
      'Tom Alder to visit Bree and Arden in first trip abroad in five years\n' +
      'President Tom Alder will visit Bree and Arden from March 20 to 24, the ministry said on Friday.\n';
    expect(datesOf(body, 'visit')).toEqual(['2031-03-20/days', '2031-03-20/days']);
  });

  it('lends no date from an earlier, other occasion, except to what refers back to it', () => {
    const body =
      'Prime Minister Ann Birch has arrived in Bree for a three-day state visit.\n' +
      'The two leaders last met at a summit in Arden in November 2029.\n' +
      'The last time Birch visited Bree was in May 2028.\n' +
      'The central event of that visit was a dinner with then President Tom Alder.\n';
    expect(datesOf(body, 'visit')).toEqual(['2031-03-14/unknown', '2028-05-01/month']);
  });

  it('lends no date from a summit the leaders "previously" held', () => {
    const body =
      'Prime Minister Ann Birch personally greeted President Tom Alder at the airport.\n' +
      'Birch and Alder previously met in Arden for their first summit in April 2029.\n';
    expect(datesOf(body, 'summit')).toEqual(['2031-03-14/unknown', '2029-04-01/month']);
  });

  it('gives a narrated invitation to its actor when the source only closes the sentence', () => {
    const [invitation] = extractArticle(
      article(
        'President Tom Alder first invited Ann Birch to visit Bree during a phone call in March, according to officials.\n',
      ),
    ).filter((m) => m.kind === 'invitation');
    expect(invitation.speaker?.name).toBe('Tom Alder');
  });

  it('dates an invitation told again by the same inviter to the same guest, or as "the invitation"', () => {
    const body =
      'President Tom Alder extended an invitation to King Olaf Brand to visit Varnia.\n' +
      'He extended the invitation after talks in Brum.\n' +
      'President Tom Alder on Wednesday invited King Olaf Brand to visit Varnia.\n';
    expect(datesOf(body, 'invitation')).toEqual([
      '2031-03-12/day',
      '2031-03-12/day',
      '2031-03-12/day',
    ]);
  });
});
