import { DataQualityKind } from '@app/legislation';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(DataQualityKind, {
  name: 'DataQualityKind',
  description: 'A kind of anomaly in the source record (eLMS), shown so readers are not misled by it.',
  valuesMap: {
    ACTION_WITHOUT_DATE: { description: 'An action with no usable date.' },
    ACTION_WITHOUT_BODY: { description: 'An action that names no acting body.' },
    DUPLICATE_ACTION: { description: 'The same action (name, date, body) listed more than once.' },
    INTRODUCED_AFTER_LATER_STEP: { description: 'An introduction dated after another step of the matter.' },
    ACTION_DATE_NOT_MEETING_DATE: { description: 'An action that names a meeting held on another day.' },
    AGENDA_RESULT_WITHOUT_ACTION: { description: "A held meeting's agenda records a final result the matter's actions lack." },
    NO_TEXT_DOCUMENT: { description: 'An ordinance with no Legislation attachment.' },
  },
});

@ObjectType({ description: 'A note about the quality of the source record: never hidden, never a reason to drop it.' })
export class DataQualityNote {
  @Field(() => DataQualityKind) kind: DataQualityKind;
  @Field(() => String, { description: 'What was found, in words.' }) detail: string;
}
